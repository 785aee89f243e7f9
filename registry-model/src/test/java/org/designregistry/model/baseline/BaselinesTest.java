package org.designregistry.model.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Freezing, reading, exporting and deleting baselines, and keeping them frozen. */
class BaselinesTest {

    static final String BASE = "https://registry.test/id/";
    static final String DES140 = BASE + "artefact/DES140";
    static final String IN_REVIEW = "https://w3id.org/design-registry/status/InReview";
    static final String DRAFT = "https://w3id.org/design-registry/status/Draft";

    private final Registry registry = Registries.createInMemory();
    private final Baselines baselines = Baselines.of(registry, BASE);

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void freezesTheRegistryAtTheLatestChangeAndRecordsWhoFrozeIt() {
        long before = registry.history().latest();

        Baseline baseline =
                as(
                        "carol",
                        () -> baselines.create(draft("Design Baseline 1").withDescription("DB1")));

        assertThat(baseline.name()).isEqualTo("Design-Baseline-1");
        assertThat(baseline.label()).isEqualTo("Design Baseline 1");
        assertThat(baseline.change()).isEqualTo(before);
        assertThat(baseline.creator()).isEqualTo("carol");
        assertThat(baseline.description()).contains("DB1");
        assertThat(baselines.find("Design-Baseline-1")).contains(baseline);
        assertThat(baselines.list()).containsExactly(baseline);
        ChangeRecord record = registry.history().get(before + 1).orElseThrow();
        assertThat(record.route()).isEqualTo(Baselines.ROUTE);
        assertThat(record.principal()).isEqualTo("carol");
        assertThat(record.touched()).contains(baseline.iri());
    }

    @Test
    void readsTheOldStateAfterLaterChanges() {
        baselines.create(draft("B1"));
        as("alice", () -> write(m -> setStatus(m, IN_REVIEW)));

        boolean draftThen =
                baselines.read(
                        "B1", g -> g.contains(node(DES140), DR.status.asNode(), node(DRAFT)));
        boolean reviewThen =
                baselines.read(
                        "B1", g -> g.contains(node(DES140), DR.status.asNode(), node(IN_REVIEW)));

        assertThat(draftThen).isTrue();
        assertThat(reviewThen).isFalse();
        boolean reviewNow =
                registry.read(m -> m.contains(des140(m), DR.status, m.createResource(IN_REVIEW)));
        assertThat(reviewNow).isTrue();
    }

    @Test
    void exportsExactlyTheStateAsOfItsChange() {
        Baseline b1 = baselines.create(draft("B1"));
        write(m -> setStatus(m, IN_REVIEW));
        write(m -> m.add(des140(m), RDFS.comment, "later"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        baselines.export("B1", out, RdfFormat.TURTLE);

        GraphAssertions.assertIsomorphic(
                registry.history().registryAsOf(b1.change()),
                GraphAssertions.parse(out.toByteArray(), Lang.TURTLE));
    }

    @Test
    void refusesEveryWriteToAFrozenBaselinesRecord() {
        Baseline b1 = baselines.create(draft("B1"));
        long latest = registry.history().latest();

        assertThatThrownBy(
                        () -> write(m -> m.add(m.createResource(b1.iri()), RDFS.comment, "edit")))
                .isInstanceOf(BaselineWriteRefusedException.class)
                .hasMessageContaining("A frozen baseline cannot change")
                .hasMessageContaining(b1.iri());
        DatasetGraph guarded = ValidatedWrites.guard(registry);
        assertThatThrownBy(
                        () ->
                                Txn.executeWrite(
                                        guarded,
                                        () ->
                                                UpdateExec.dataset(guarded)
                                                        .update(
                                                                "DELETE WHERE { <"
                                                                        + b1.iri()
                                                                        + "> ?p ?o }")
                                                        .execute()))
                .isInstanceOf(BaselineWriteRefusedException.class);
        assertThatThrownBy(
                        () ->
                                registry.load(
                                        new ByteArrayInputStream(
                                                ("<"
                                                                + b1.iri()
                                                                + "> <"
                                                                + DR.frozenAtChange.getURI()
                                                                + "> 1 .")
                                                        .getBytes(StandardCharsets.UTF_8)),
                                        RdfFormat.TURTLE,
                                        "edit.ttl"))
                .isInstanceOf(BaselineWriteRefusedException.class);
        assertThat(registry.history().latest()).isEqualTo(latest);
        assertThat(baselines.get("B1")).isEqualTo(b1);
    }

    @Test
    void refusesABaselineFrozenByAnyoneButTheRegistry() {
        assertThatThrownBy(
                        () ->
                                write(
                                        m ->
                                                m.add(
                                                                m.createResource(
                                                                        BASE + "baseline/X"),
                                                                org.apache.jena.vocabulary.RDF.type,
                                                                DR.Baseline)
                                                        .add(
                                                                m.createResource(
                                                                        BASE + "baseline/X"),
                                                                RDFS.label,
                                                                "X")
                                                        .addLiteral(
                                                                m.createResource(
                                                                        BASE + "baseline/X"),
                                                                DR.frozenAtChange,
                                                                1L)))
                .isInstanceOf(BaselineWriteRefusedException.class)
                .hasMessageContaining("only the registry freezes baselines");
        assertThat(baselines.list()).isEmpty();
    }

    @Test
    void deletingAResourceABaselineLinksToTakesTheLiveLinkOnly() {
        write(
                m ->
                        m.add(
                                        m.createResource(BASE + "baseline/B0"),
                                        org.apache.jena.vocabulary.RDF.type,
                                        DR.Baseline)
                                .add(m.createResource(BASE + "baseline/B0"), RDFS.label, "B0")
                                .add(
                                        m.createResource(BASE + "baseline/B0"),
                                        org.apache.jena.vocabulary.DCTerms.identifier,
                                        "B0")
                                .add(
                                        m.createResource(BASE + "baseline/B0"),
                                        org.apache.jena.vocabulary.DCTerms.hasPart,
                                        des140(m)));
        baselines.freeze(BASE + "baseline/B0", "Freeze B0");

        write(m -> m.removeAll(des140(m), null, null).removeAll(null, null, des140(m)));

        boolean liveLink =
                registry.read(
                        m ->
                                m.contains(
                                        m.createResource(BASE + "baseline/B0"),
                                        org.apache.jena.vocabulary.DCTerms.hasPart));
        boolean frozenLink =
                baselines.read(
                        "B0",
                        g ->
                                g.contains(
                                        node(BASE + "baseline/B0"),
                                        org.apache.jena.vocabulary.DCTerms.hasPart.asNode(),
                                        node(DES140)));
        assertThat(liveLink).isFalse();
        assertThat(frozenLink).isTrue();
    }

    @Test
    void deletesABaselineAsARecordedChange() {
        baselines.create(draft("B1"));

        as(
                "ada",
                () -> {
                    baselines.delete("B1", "superseded");
                    return null;
                });

        assertThat(baselines.find("B1")).isEmpty();
        ChangeRecord record = registry.history().get(registry.history().latest()).orElseThrow();
        assertThat(record.principal()).isEqualTo("ada");
        assertThat(record.message()).contains("Delete baseline B1: superseded");
        assertThatThrownBy(() -> baselines.get("B1"))
                .isInstanceOf(BaselineNotFoundException.class)
                .hasMessageContaining("'B1'");
    }

    @Test
    void refusesNamesThatCannotBeIdentifiersAndNamesInUse() {
        baselines.create(draft("B1"));

        assertThatThrownBy(() -> baselines.create(draft("IR:1")))
                .hasMessageContaining("may not hold ':'");
        assertThatThrownBy(() -> baselines.create(draft("B1")))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> baselines.create(draft("B2").withDecision(DES140)))
                .hasMessageContaining("dr:Decision");
    }

    static BaselineDraft draft(String name) {
        return BaselineDraft.named(name);
    }

    private <T> T as(String who, java.util.function.Supplier<T> work) {
        return ChangeContext.callWith(ChangeContext.of(who, "rest", null, null), work);
    }

    private Void write(Consumer<Model> change) {
        registry.update(change);
        return null;
    }

    static void setStatus(Model m, String status) {
        Resource des140 = des140(m);
        m.removeAll(des140, DR.status, null);
        m.add(des140, DR.status, m.createResource(status));
    }

    static Resource des140(Model m) {
        return m.createResource(DES140);
    }

    static org.apache.jena.graph.Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
