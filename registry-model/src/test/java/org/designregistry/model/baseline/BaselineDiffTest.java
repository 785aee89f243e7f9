package org.designregistry.model.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.BaselineDiff.Group;
import org.designregistry.model.baseline.BaselineDiff.ResourceDiff;
import org.designregistry.model.baseline.BaselineDiff.Status;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The difference between baselines on a hand-built fixture whose answer is known: between B1 and
 * B2, alice moves DES140 from Draft to In Review, bob adds process BP002 (Smart), alice deletes
 * process BP001 (Registrations), and carol comments on DES138 and takes the comment back.
 */
class BaselineDiffTest {

    private static final String BASE = BaselinesTest.BASE;
    private static final String BP001 = BASE + "process/BP001";
    private static final String BP002 = BASE + "process/BP002";

    private final Registry registry = Registries.createInMemory();
    private final Baselines baselines = Baselines.of(registry, BASE);
    private long first;

    @BeforeEach
    void buildFixture() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
        baselines.create(BaselineDraft.named("B1"));
        first = registry.history().latest() + 1;
        as("alice", "Start the review", m -> BaselinesTest.setStatus(m, BaselinesTest.IN_REVIEW));
        as(
                "bob",
                "Add Change of Meter",
                m -> {
                    Resource bp002 = m.createResource(BP002);
                    m.add(bp002, RDF.type, DR.BusinessProcess)
                            .add(bp002, RDFS.label, "Change of Meter")
                            .add(bp002, DCTerms.identifier, "BP002")
                            .add(bp002, DR.ownedBy, m.createResource(BASE + "workstream/Smart"));
                });
        as("alice", "Retire BP001", m -> m.removeAll(m.createResource(BP001), null, null));
        as(
                "carol",
                "Note",
                m -> m.add(m.createResource(BASE + "artefact/DES138"), RDFS.comment, "note"));
        as(
                "carol",
                "Take the note back",
                m -> m.removeAll(m.createResource(BASE + "artefact/DES138"), RDFS.comment, null));
        baselines.create(BaselineDraft.named("B2"));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void findsTheAddedRemovedAndChangedResourcesWithOldAndNewValues() {
        BaselineDiff diff = baselines.diff("B1", Optional.of("B2"));

        assertThat(diff.resources())
                .extracting(ResourceDiff::iri, ResourceDiff::status, ResourceDiff::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BP002, Status.ADDED, "process"),
                        org.assertj.core.groups.Tuple.tuple(BP001, Status.REMOVED, "process"),
                        org.assertj.core.groups.Tuple.tuple(
                                BaselinesTest.DES140, Status.CHANGED, "artefact"));
        ResourceDiff des140 = diff.resources().get(2);
        assertThat(des140.differences()).hasSize(1);
        assertThat(des140.differences().get(0).text()).isEqualTo("status: Draft -> In Review");
        assertThat(diff.resources().get(1).label()).isEqualTo("Change of Supplier");
        assertThat(diff.groups())
                .containsExactly(
                        new Group("artefact", "Smart", 0, 0, 1),
                        new Group("process", "Registrations", 0, 1, 0),
                        new Group("process", "Smart", 1, 0, 0));
    }

    @Test
    void namesTheChangesThatMadeTheDifferenceAndTheirAuthors() {
        BaselineDiff diff = baselines.diff("B1", Optional.of("B2"));

        assertThat(diff.changes())
                .extracting(ChangeRecord::number, ChangeRecord::principal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first, "alice"),
                        org.assertj.core.groups.Tuple.tuple(first + 1, "bob"),
                        org.assertj.core.groups.Tuple.tuple(first + 2, "alice"));
        assertThat(diff.changes().get(1).message()).contains("Add Change of Meter");
        assertThat(diff.resources().get(0).changes()).containsExactly(first + 1);
    }

    @Test
    void comparesABaselineWithTheRegistryNowAndBackwards() {
        as("dan", "Comment", m -> m.add(m.createResource(BP002), RDFS.comment, "new"));

        BaselineDiff sinceB2 = baselines.diff("B2", Optional.empty());
        BaselineDiff backwards = baselines.diff("B2", Optional.of("B1"));

        assertThat(sinceB2.to().name()).isEqualTo(BaselineDiff.Side.CURRENT);
        assertThat(sinceB2.resources())
                .extracting(ResourceDiff::iri, ResourceDiff::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BP002, Status.CHANGED));
        assertThat(backwards.count(Status.ADDED)).isEqualTo(1);
        assertThat(backwards.resources())
                .filteredOn(r -> r.status() == Status.ADDED)
                .extracting(ResourceDiff::iri)
                .containsExactly(BP001);
        assertThat(backwards.resources())
                .filteredOn(r -> r.iri().equals(BaselinesTest.DES140))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.differences().get(0).text())
                                        .isEqualTo("status: In Review -> Draft"));
    }

    @Test
    void writesCsvAndMarkdownReports() {
        BaselineDiff diff = baselines.diff("B1", Optional.of("B2"));

        String csv = DiffReports.csv(diff);
        String md = DiffReports.markdown(diff);

        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", DiffReports.CSV_HEADER));
        assertThat(csv).contains("changed,artefact,Smart,DES140,DES140 Data Catalogue");
        assertThat(csv).contains("status,Draft,In Review," + first);
        assertThat(md).contains("1 added, 1 removed, 1 changed, by 3 recorded changes.");
        assertThat(md).contains("- status: Draft -&gt; In Review");
        assertThat(md)
                .contains("| " + (first + 1) + " |")
                .contains("| bob | Add Change of Meter |");
    }

    private void as(String who, String why, Consumer<Model> change) {
        ChangeContext.runWith(
                ChangeContext.of(who, "rest", why, null), () -> registry.update(change));
    }
}
