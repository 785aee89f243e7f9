package org.designregistry.model.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.Resources;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the history: lists and filters, labelled changes, differences, and the past. */
class ChangeHistoryTest {

    private static final String BASE = "https://registry.test/id/";
    private static final String DES140 = BASE + "artefact/DES140";
    private static final String IN_REVIEW = "https://w3id.org/design-registry/status/InReview";

    private final Registry registry = Registries.createInMemory();
    private long loaded;

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
        loaded = registry.history().latest();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void listsChangesNewestFirstWithEachFilterAndPages() {
        write("alice", "rest", "CR-1", m -> m.add(des140(m), RDFS.comment, "one"));
        Instant between = Instant.now();
        sleep();
        write("bob", "form", null, m -> m.add(des140(m), RDFS.comment, "two"));
        write("alice", "sparql-update", "CR-1", m -> m.add(des138(m), RDFS.comment, "three"));
        ChangeHistory history = registry.history();

        assertThat(numbers(history.list(ChangeQuery.all())))
                .containsExactly(loaded + 3, loaded + 2, loaded + 1, loaded);
        assertThat(numbers(history.list(ChangeQuery.all().withUser("alice"))))
                .containsExactly(loaded + 3, loaded + 1);
        assertThat(numbers(history.list(ChangeQuery.all().withRoute("form"))))
                .containsExactly(loaded + 2);
        assertThat(numbers(history.list(ChangeQuery.all().withChangeRequest("CR-1"))))
                .containsExactly(loaded + 3, loaded + 1);
        assertThat(numbers(history.list(ChangeQuery.all().withResource(DES140))))
                .containsExactly(loaded + 2, loaded + 1, loaded);
        assertThat(
                        numbers(
                                history.list(
                                        ChangeQuery.all()
                                                .withSince(ChangeBound.parse("" + (loaded + 1)))
                                                .withUntil(ChangeBound.parse("" + (loaded + 2))))))
                .containsExactly(loaded + 2, loaded + 1);
        assertThat(
                        numbers(
                                history.list(
                                        ChangeQuery.all()
                                                .withSince(ChangeBound.parse(between.toString())))))
                .containsExactly(loaded + 3, loaded + 2);
        ChangePage second = history.list(ChangeQuery.all().withPage(1, 2));
        assertThat(numbers(second)).containsExactly(loaded + 1, loaded);
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void refusesABoundThatIsNeitherANumberNorATime() {
        assertThatThrownBy(() -> ChangeBound.parse("last week"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("2026-12-01T09:00:00Z");
    }

    @Test
    void describesAChangeWithLabels() {
        write("alice", "rest", null, m -> setStatus(m, IN_REVIEW));

        ChangeDetails details = registry.history().describe(loaded + 1).orElseThrow();

        assertThat(details.added())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.subject().label()).isEqualTo("DES140 Data Catalogue");
                            assertThat(t.predicate().label()).isEqualTo("status");
                            assertThat(t.object().label()).isEqualTo("In Review");
                        });
        assertThat(details.removed()).extracting(t -> t.object().label()).containsExactly("Draft");
    }

    @Test
    void listsAResourcesHistoryAsReadableDifferences() {
        write("alice", "rest", null, m -> setStatus(m, IN_REVIEW));
        write("bob", "rest", null, m -> m.add(des140(m), RDFS.comment, "Checked"));

        ResourceHistory history = registry.history().resourceHistory(DES140, 0, 10);

        assertThat(history.total()).isEqualTo(3);
        assertThat(history.items())
                .extracting(c -> c.differences().stream().map(Difference::text).toList())
                .first()
                .isEqualTo(List.of("comment: added Checked"));
        assertThat(history.items().get(1).differences())
                .extracting(Difference::text)
                .containsExactly("status: Draft -> In Review");
        assertThat(history.items().get(1).change().principal()).isEqualTo("alice");
    }

    @Test
    void showsAResourceAsItWasAtAnEarlierChange() {
        Resources resources = Resources.of(registry, BASE);
        write("alice", "rest", null, m -> setStatus(m, IN_REVIEW));
        write("alice", "rest", null, m -> m.add(des140(m), RDFS.comment, "Later"));

        ResourceDescription then = resources.describeAsOf(DES140, loaded).orElseThrow();
        ResourceDescription now = resources.describe(DES140).orElseThrow();

        assertThat(then.properties().toString()).contains("Draft").doesNotContain("Later");
        assertThat(now.properties().toString()).contains("InReview").contains("Later");
        assertThat(resources.describeAsOf(DES140, loaded + 1).orElseThrow().properties().toString())
                .contains("InReview")
                .doesNotContain("Later");
        assertThat(resources.describeAsOf(DES140, 0)).isEmpty();
    }

    @Test
    void rebuildsTheWholeRegistryAsItWas() {
        Graph before = GraphAssertions.contents(registry);
        write("alice", "rest", null, m -> setStatus(m, IN_REVIEW));
        write("alice", "rest", null, m -> m.removeAll(des138(m), RDFS.comment, null));

        Graph then = registry.history().registryAsOf(loaded);

        assertThat(then.isIsomorphicWith(before)).isTrue();
        assertThat(registry.history().registryAsOf(0).isEmpty()).isTrue();
        assertThatThrownBy(() -> registry.history().registryAsOf(loaded + 5))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("No change " + (loaded + 5));
    }

    @Test
    void resolvesATimeToTheLastChangeMadeByThen() {
        Instant afterLoad = Instant.now();
        sleep();
        write("alice", "rest", null, m -> setStatus(m, IN_REVIEW));

        assertThat(registry.history().resolve(ChangeBound.parse(afterLoad.toString())))
                .isEqualTo(loaded);
        assertThat(registry.history().resolve(ChangeBound.parse("2000-01-01T00:00:00Z"))).isZero();
    }

    private void write(
            String who,
            String route,
            String changeRequest,
            java.util.function.Consumer<org.apache.jena.rdf.model.Model> change) {
        ChangeContext.runWith(
                ChangeContext.of(who, route, null, changeRequest), () -> registry.update(change));
    }

    static void setStatus(org.apache.jena.rdf.model.Model m, String status) {
        Resource des140 = des140(m);
        m.removeAll(des140, DR.status, null);
        m.add(des140, DR.status, m.createResource(status));
    }

    static Resource des140(org.apache.jena.rdf.model.Model m) {
        return m.createResource(DES140);
    }

    private static Resource des138(org.apache.jena.rdf.model.Model m) {
        return m.createResource(BASE + "artefact/DES138");
    }

    private static List<Long> numbers(ChangePage page) {
        return page.items().stream().map(ChangeRecord::number).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
