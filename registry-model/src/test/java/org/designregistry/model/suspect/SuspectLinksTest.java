package org.designregistry.model.suspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.baseline.BaselineDraft;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.edit.NamedGraphWriteRefusedException;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links made suspect by changes to approved or baselined resources, listed and cleared. */
class SuspectLinksTest {

    static final String BASE = "https://registry.test/id/";
    static final String DI037 = BASE + "data-item/DI-037";
    static final String DI038 = BASE + "data-item/DI-038";
    static final String IF041 = BASE + "interface/IF-041";
    static final String IF042 = BASE + "interface/IF-042";
    static final String IF043 = BASE + "interface/IF-043";

    private Registry registry = Registries.createInMemory();
    private SuspectLinks suspects = SuspectLinks.of(registry);

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("suspect/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void changeToAnApprovedDataItemMakesTheLinksOfTheInterfacesThatCarryItSuspectAndNothingElse() {
        as("alice", () -> write(m -> setFormat(m, DI037, "CHAR(3)")));
        long change = registry.history().latest();

        SuspectPage page = suspects.list(SuspectQuery.all());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items())
                .extracting(
                        l -> l.subject().iri(),
                        l -> l.relation().name(),
                        l -> l.object().iri(),
                        l -> l.changed().iri(),
                        l -> l.dependant().iri(),
                        SuspectLink::since)
                .containsExactlyInAnyOrder(
                        tuple(IF041, "dr:carries", DI037, DI037, IF041, change),
                        tuple(DI037, "dr:carriedBy", IF042, DI037, IF042, change));
        assertThat(suspects.about(DI037)).hasSize(2);
        assertThat(suspects.about(IF041)).hasSize(1);
        assertThat(suspects.about(IF043)).isEmpty();
    }

    @Test
    void commentOrLabelChangeMakesNothingSuspect() {
        write(
                m -> {
                    Resource di = m.createResource(DI037);
                    di.addProperty(RDFS.comment, "A note");
                    di.removeAll(RDFS.label).addProperty(RDFS.label, "GSP Group Identifier");
                });

        assertThat(suspects.count()).isZero();
    }

    @Test
    void changeToAResourceNeitherApprovedNorBaselinedMakesNothingSuspect() {
        write(m -> setFormat(m, DI038, "14 digits"));

        assertThat(suspects.count()).isZero();
    }

    @Test
    void changeToABaselinedResourceMakesItsDependantsLinksSuspect() {
        Baselines.of(registry, BASE).create(BaselineDraft.named("B1"));

        write(m -> setFormat(m, DI038, "14 digits"));

        assertThat(suspects.list(SuspectQuery.all()).items())
                .extracting(l -> l.dependant().iri(), l -> l.changed().iri())
                .containsExactly(tuple(IF043, DI038));
    }

    @Test
    void markingAgainKeepsOneLinkWithEveryChangeThatMadeItSuspect() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));
        long first = registry.history().latest();
        write(m -> setFormat(m, DI037, "CHAR(4)"));
        long second = registry.history().latest();

        List<SuspectLink> links = suspects.about(IF041);

        assertThat(links)
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.since()).isEqualTo(first);
                            assertThat(l.changes()).containsExactly(first, second);
                        });
    }

    @Test
    void clearingIsRecordedAsAChangeByTheReviewerWithTheComment() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));
        SuspectLink link = suspects.about(IF041).get(0);

        long change = as("bob", () -> suspects.clear(List.of(link.id()), "IF-041 still fits"));

        ChangeRecord record = registry.history().get(change).orElseThrow();
        assertThat(record.principal()).isEqualTo("bob");
        assertThat(record.route()).isEqualTo(SuspectLinks.ROUTE);
        assertThat(record.message()).contains("IF-041 still fits");
        assertThat(record.touched()).containsExactlyInAnyOrder(IF041, DI037);
        assertThat(suspects.about(IF041)).isEmpty();
        assertThat(suspects.count()).isEqualTo(1);
        assertThat(registry.history().resourceHistory(IF041, 0, 10).items())
                .extracting(c -> c.change().number())
                .contains(change);
    }

    @Test
    void clearsSeveralLinksWithOneComment() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));
        List<String> ids =
                suspects.list(SuspectQuery.all()).items().stream().map(SuspectLink::id).toList();
        long before = registry.history().latest();

        long change = suspects.clear(ids, "Reviewed at the DAG");

        assertThat(change).isEqualTo(before + 1);
        assertThat(registry.history().latest()).isEqualTo(change);
        assertThat(suspects.count()).isZero();
    }

    @Test
    void refusesToClearWithoutACommentOrAnUnknownLinkAndClearsNothing() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));
        String known = suspects.about(IF041).get(0).id();
        String unknown = "0".repeat(32);
        long before = registry.history().latest();

        assertThatThrownBy(() -> suspects.clear(List.of(known), " "))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("needs a comment");
        assertThatThrownBy(() -> suspects.clear(List.of(known, unknown), "ok"))
                .isInstanceOf(SuspectLinkNotFoundException.class)
                .hasMessageContaining(unknown);
        assertThatThrownBy(() -> suspects.clear(List.of("x'y"), "ok"))
                .hasMessageContaining("32 hexadecimal digits");
        assertThat(suspects.count()).isEqualTo(2);
        assertThat(registry.history().latest()).isEqualTo(before);
    }

    @Test
    void removingASuspectLinkTakesItsRecordWithIt() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));

        write(m -> m.removeAll(m.createResource(IF041), DR.carries, null));

        assertThat(suspects.about(IF041)).isEmpty();
        assertThat(suspects.count()).isEqualTo(1);
    }

    @Test
    void aNewLinkToAChangedResourceIsNotSuspect() {
        write(
                m -> {
                    setFormat(m, DI037, "CHAR(3)");
                    m.add(m.createResource(IF043), DR.carries, m.createResource(DI037));
                });

        assertThat(suspects.about(IF043)).isEmpty();
        assertThat(suspects.count()).isEqualTo(2);
    }

    @Test
    void filtersByKindWorkstreamOwnerAndSince() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));
        long first = registry.history().latest();
        Baselines.of(registry, BASE).create(BaselineDraft.named("B1"));
        write(m -> setFormat(m, DI038, "14 digits"));
        long last = registry.history().latest();

        assertThat(
                        dependants(
                                query(
                                        Optional.empty(),
                                        Optional.of("Smart"),
                                        Optional.empty(),
                                        null)))
                .containsExactlyInAnyOrder(IF042, IF043);
        assertThat(
                        dependants(
                                query(
                                        Optional.of("Smart"),
                                        Optional.empty(),
                                        Optional.empty(),
                                        null)))
                .containsExactlyInAnyOrder(IF042, IF043);
        assertThat(
                        dependants(
                                query(
                                        Optional.of("Registrations"),
                                        Optional.empty(),
                                        Optional.empty(),
                                        null)))
                .containsExactlyInAnyOrder(IF041, IF042, IF043);
        assertThat(
                        dependants(
                                query(
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.of("interface"),
                                        null)))
                .hasSize(3);
        assertThat(
                        dependants(
                                query(
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        new ChangeBound.Number(last))))
                .containsExactly(IF043);
        assertThat(
                        dependants(
                                query(
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        new ChangeBound.Number(first))))
                .hasSize(3);
        assertThatThrownBy(
                        () ->
                                suspects.list(
                                        query(
                                                Optional.empty(),
                                                Optional.empty(),
                                                Optional.of("spaceship"),
                                                null)))
                .hasMessageContaining("Unknown kind 'spaceship'");
    }

    @Test
    void impactPathsThatRunThroughASuspectLinkAreNamed() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));

        ImpactReport fromChanged =
                ImpactAnalysis.of(registry).analyse(ImpactQuery.from("data-item:DI-037").build());
        ImpactReport fromOther =
                ImpactAnalysis.of(registry).analyse(ImpactQuery.from("data-item:DI-038").build());

        assertThat(fromChanged.hits()).extracting(h -> h.resource().iri()).contains(IF041);
        assertThat(suspects.hitsThroughSuspectLinks(fromChanged))
                .contains(IF041, IF042, BASE + "artefact/DES138");
        assertThat(suspects.hitsThroughSuspectLinks(fromOther)).isEmpty();
    }

    @Test
    void suspectLinksAreDataThatSparqlReads() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));

        long rows =
                Txn.calculateRead(
                        registry.dataset(),
                        () -> {
                            var dataset =
                                    org.apache.jena.query.DatasetFactory.wrap(registry.dataset());
                            try (var exec =
                                    QueryExecutionFactory.create(
                                            "PREFIX dr: <https://w3id.org/design-registry#>"
                                                    + " PREFIX rdf:"
                                                    + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#>"
                                                    + " SELECT ?s WHERE { GRAPH <"
                                                    + SuspectLinks.GRAPH_IRI
                                                    + "> { ?l a dr:SuspectLink ; rdf:subject ?s ;"
                                                    + " dr:suspectSince ?n } }",
                                            dataset)) {
                                return (long) ResultSetFormatter.consume(exec.execSelect());
                            }
                        });

        assertThat(rows).isEqualTo(2);
    }

    @Test
    void clientsCannotWriteTheSuspectLinkGraph() {
        write(m -> setFormat(m, DI037, "CHAR(3)"));
        DatasetGraph guarded = ValidatedWrites.guard(registry);

        assertThatThrownBy(
                        () ->
                                Txn.executeWrite(
                                        guarded,
                                        () ->
                                                UpdateExec.dataset(guarded)
                                                        .update(
                                                                "CLEAR GRAPH <"
                                                                        + SuspectLinks.GRAPH_IRI
                                                                        + ">")
                                                        .execute()))
                .isInstanceOf(NamedGraphWriteRefusedException.class);
        assertThatThrownBy(
                        () ->
                                Txn.executeWrite(
                                        registry.dataset(),
                                        () ->
                                                UpdateExec.dataset(registry.dataset())
                                                        .update(
                                                                "CLEAR GRAPH <"
                                                                        + SuspectLinks.GRAPH_IRI
                                                                        + ">")
                                                        .execute()))
                .hasMessageContaining("kept by the registry alone");
        assertThat(suspects.count()).isEqualTo(2);
    }

    @Test
    void suspectLinksSurviveARestartOfAnOnDiskStore(@TempDir Path dir) {
        registry.close();
        registry = Registries.connect(dir);
        suspects = SuspectLinks.of(registry);
        registry.loadSources(List.of(RdfSource.classpath("suspect/registry.ttl")));
        write(m -> setFormat(m, DI037, "CHAR(3)"));
        registry.close();

        registry = Registries.connect(dir);
        suspects = SuspectLinks.of(registry);

        assertThat(suspects.count()).isEqualTo(2);
    }

    @Test
    void aWriteThatIsRefusedMarksNothing() {
        assertThatThrownBy(
                        () ->
                                registry.load(
                                        new ByteArrayInputStream(
                                                ("<"
                                                                + DI037
                                                                + "> <"
                                                                + DR.dataFormat.getURI()
                                                                + "> \"X\" . GRAPH <"
                                                                + SuspectLinks.GRAPH_IRI
                                                                + "> { <urn:example:a> <urn:example:b> <urn:example:c> }")
                                                        .getBytes(StandardCharsets.UTF_8)),
                                        RdfFormat.TRIG,
                                        "forged.trig"))
                .isInstanceOf(RegistryException.class);

        assertThat(suspects.count()).isZero();
    }

    private static SuspectQuery query(
            Optional<String> workstream,
            Optional<String> owner,
            Optional<String> kind,
            ChangeBound since) {
        return new SuspectQuery(workstream, owner, kind, Optional.ofNullable(since), 0, 50);
    }

    private List<String> dependants(SuspectQuery query) {
        return suspects.list(query).items().stream().map(l -> l.dependant().iri()).toList();
    }

    private static void setFormat(Model m, String iri, String format) {
        m.createResource(iri).removeAll(DR.dataFormat).addProperty(DR.dataFormat, format);
    }

    private <T> T as(String who, Supplier<T> work) {
        return ChangeContext.callWith(ChangeContext.of(who, "rest", null, null), work);
    }

    private Void write(Consumer<Model> change) {
        ValidatedWrites.update(registry, change);
        return null;
    }
}
