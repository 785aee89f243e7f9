package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ValidatedWritesTest {

    private static final String DES138 = "https://registry.test/id/artefact/DES138";
    private static final String PREFIXES =
            """
            PREFIX artefact: <https://registry.test/id/artefact/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("validation/valid-registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void commitsAChangeThatKeepsTheShapes() {
        registry.update(
                model ->
                        model.add(
                                model.createResource(DES138),
                                RDFS.comment,
                                "The list of every interface"));

        assertThat(registry.<Boolean>read(m -> m.contains(m.createResource(DES138), RDFS.comment)))
                .isTrue();
    }

    @Test
    void refusesAChangeThatBreaksAShapeAndStoresNothing() {
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(
                        () ->
                                registry.update(
                                        model ->
                                                model.removeAll(
                                                        model.createResource(DES138),
                                                        DCTerms.title,
                                                        null)))
                .isInstanceOfSatisfying(
                        ShapeViolationException.class,
                        e ->
                                assertThat(e.report().violations())
                                        .extracting(Violation::focusNode, Violation::path)
                                        .containsExactly(tuple(DES138, "dcterms:title")))
                .hasMessageContaining("nothing was stored");
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
    }

    @Test
    void letsAChangeThroughWhenTheStoreAlreadyHadTheViolation() {
        // Loading does not validate: the store starts with one violation (a title missing).
        update("DELETE WHERE { artefact:DES138 dcterms:title ?t }");
        assertThat(registry.validate().conforms()).isFalse();

        registry.update(
                model -> model.add(model.createResource(DES138), RDFS.comment, "Still no title"));

        assertThat(registry.<Boolean>read(m -> m.contains(m.createResource(DES138), RDFS.comment)))
                .isTrue();
    }

    @Test
    void refusesANewViolationOnAStoreThatAlreadyHasOthers() {
        update("DELETE WHERE { artefact:DES138 dcterms:title ?t }");

        assertThatThrownBy(
                        () ->
                                registry.update(
                                        model ->
                                                model.removeAll(
                                                        model.createResource(DES138),
                                                        DCTerms.identifier,
                                                        null)))
                .isInstanceOfSatisfying(
                        ShapeViolationException.class,
                        e ->
                                assertThat(e.report().violations())
                                        .extracting(Violation::path)
                                        .containsOnly("dcterms:identifier"));
    }

    @Test
    void keepsWhateverTheChangeThrowsAndStoresNothing() {
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(
                        () ->
                                registry.update(
                                        model -> {
                                            model.add(
                                                    model.createResource(DES138),
                                                    RDFS.comment,
                                                    "half done");
                                            throw new IllegalStateException("stop");
                                        }))
                .isInstanceOf(IllegalStateException.class);
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
    }

    @Test
    void guardedDatasetRefusesACommitThatBreaksAShape() {
        DatasetGraph guarded = ValidatedWrites.guard(registry);
        Graph before = GraphAssertions.contents(registry);

        guarded.begin(TxnType.WRITE);
        try {
            UpdateExec.dataset(guarded)
                    .update(PREFIXES + "DELETE WHERE { artefact:DES138 dr:ownedBy ?w }")
                    .execute();
            assertThatThrownBy(guarded::commit)
                    .isInstanceOfSatisfying(
                            ShapeViolationException.class,
                            e ->
                                    assertThat(e.report().violations())
                                            .extracting(Violation::focusNode)
                                            .containsOnly(DES138));
        } finally {
            guarded.end();
        }
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
    }

    @Test
    void guardedDatasetCommitsWritesThatKeepTheShapes() {
        DatasetGraph guarded = ValidatedWrites.guard(registry);

        guarded.begin(TxnType.WRITE);
        try {
            guarded.getDefaultGraph()
                    .add(
                            NodeFactory.createURI(DES138),
                            RDFS.comment.asNode(),
                            NodeFactory.createLiteralString("checked"));
            guarded.commit();
        } finally {
            guarded.end();
        }

        assertThat(registry.<Boolean>read(m -> m.contains(m.createResource(DES138), RDFS.comment)))
                .isTrue();
    }

    private void update(String update) {
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(
                dataset, () -> UpdateExec.dataset(dataset).update(PREFIXES + update).execute());
    }
}
