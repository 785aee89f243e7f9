package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients write only the default graph: a guarded write that changes a named graph is refused with
 * nothing stored, whatever the writer's rights, so that decisions cannot be recorded where the
 * rights and shapes do not look.
 */
class NamedGraphWritesTest {

    private static final String GRAPH = "urn:test:side-graph";
    private static final String PREFIXES =
            """
            PREFIX artefact: <https://registry.test/id/artefact/>
            PREFIX decision: <https://registry.test/id/decision/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final WriteRights EDITOR = () -> false;
    private static final WriteRights APPROVER = () -> true;

    @TempDir Path store;
    private Registry registry;

    @BeforeEach
    void load() {
        registry = Registries.connect(store);
        registry.loadSources(List.of(RdfSource.classpath("validation/valid-registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void refusesAnEditorsDecisionWrittenIntoANamedGraphAndStoresNothing() {
        long before = registry.size();

        assertThatThrownBy(
                        () ->
                                sparql(
                                        EDITOR,
                                        "INSERT DATA { GRAPH <"
                                                + GRAPH
                                                + "> { decision:Shadow a dr:Decision ;"
                                                + " dr:approves artefact:DES138 } }"))
                .isInstanceOfSatisfying(
                        NamedGraphWriteRefusedException.class,
                        e -> assertThat(e.graphs()).containsExactly(GRAPH))
                .hasMessageContaining("<" + GRAPH + ">")
                .hasMessageContaining("nothing was stored");
        assertThat(namedGraphSize()).isZero();
        assertThat(registry.size()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INSERT DATA { GRAPH <" + GRAPH + "> { artefact:DES138 rdfs:comment \"aside\" } }",
                "INSERT { GRAPH <" + GRAPH + "> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
                "COPY DEFAULT TO <" + GRAPH + ">",
                "ADD DEFAULT TO <" + GRAPH + ">"
            })
    void refusesAnyWriterChangingANamedGraph(String update) {
        assertThatThrownBy(() -> sparql(APPROVER, update))
                .isInstanceOf(NamedGraphWriteRefusedException.class);
        assertThat(namedGraphSize()).isZero();
    }

    @Test
    void refusesTheWholeWriteWhenItAlsoChangesTheDefaultGraph() {
        assertThatThrownBy(
                        () ->
                                sparql(
                                        APPROVER,
                                        "INSERT DATA { artefact:DES138 rdfs:comment \"both\" ."
                                                + " GRAPH <"
                                                + GRAPH
                                                + "> { artefact:DES138 rdfs:comment \"both\" } }"))
                .isInstanceOf(NamedGraphWriteRefusedException.class);
        assertThat(
                        registry.<Boolean>read(
                                m -> m.contains(null, RDFS.comment, m.createLiteral("both"))))
                .isFalse();
    }

    @Test
    void letsWritesThatLeaveNamedGraphsAsTheyWere() {
        sparql(EDITOR, "DROP SILENT GRAPH <urn:test:none> ; CLEAR SILENT GRAPH <urn:test:none>");
        sparql(EDITOR, "INSERT DATA { artefact:DES138 rdfs:comment \"default only\" }");

        assertThat(
                        registry.<Boolean>read(
                                m ->
                                        m.contains(
                                                null,
                                                RDFS.comment,
                                                m.createLiteral("default only"))))
                .isTrue();
    }

    @Test
    void leavesTheRegistrysOwnWritesToNamedGraphsAlone() {
        Node graph = NodeFactory.createURI(GRAPH);
        Quad quad =
                Quad.create(
                        graph,
                        NodeFactory.createURI("urn:test:s"),
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralString("kept"));

        Txn.executeWrite(registry.dataset(), () -> registry.dataset().add(quad));

        assertThat(namedGraphSize()).isEqualTo(1);
    }

    private long namedGraphSize() {
        Node graph = NodeFactory.createURI(GRAPH);
        return Txn.calculateRead(
                registry.dataset(), () -> (long) registry.dataset().getGraph(graph).size());
    }

    private void sparql(WriteRights rights, String update) {
        DatasetGraph guarded = ValidatedWrites.guard(registry, rights);
        guarded.begin(TxnType.WRITE);
        try {
            UpdateExec.dataset(guarded).update(PREFIXES + update).execute();
            guarded.commit();
        } finally {
            guarded.end();
        }
    }
}
