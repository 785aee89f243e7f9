package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recording decisions is a right: a guarded write that creates, changes or deletes a decision is
 * refused, with nothing stored, unless the writer's {@link WriteRights} allow it.
 */
class DecisionWritesTest {

    private static final String DECISION = "https://registry.test/id/decision/DAG-2021-11-17-01";
    private static final String DES138 = "https://registry.test/id/artefact/DES138";
    private static final String PREFIXES =
            """
            PREFIX artefact: <https://registry.test/id/artefact/>
            PREFIX body: <https://registry.test/id/body/>
            PREFIX decision: <https://registry.test/id/decision/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final WriteRights EDITOR = () -> false;
    private static final WriteRights APPROVER = () -> true;

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("validation/valid-registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Changing a decision's own statements.
                "INSERT DATA { decision:DAG-2021-11-17-01 rdfs:comment \"Reconsidered\" }",
                "DELETE WHERE { decision:DAG-2021-11-17-01 dr:approves ?what }",
                // Deleting it.
                "DELETE WHERE { decision:DAG-2021-11-17-01 ?p ?o }",
                // Stating its links from the other end.
                "INSERT DATA { artefact:DES138 dr:rejectedBy decision:DAG-2021-11-17-01 }",
                "INSERT DATA { body:DAG dr:decided decision:DAG-2021-11-17-01 }",
                // Taking its type away.
                "DELETE DATA { decision:DAG-2021-11-17-01 a dr:Decision }"
            })
    void refusesAWriterWithoutTheRightChangingADecisionAndStoresNothing(String update) {
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(() -> sparql(EDITOR, update))
                .isInstanceOfSatisfying(
                        DecisionWriteRefusedException.class,
                        e -> assertThat(e.decisions()).contains(DECISION))
                .hasMessageContaining("nothing was stored");
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
    }

    @Test
    void refusesCreatingADecisionOrLinkingToOneNotYetTyped() {
        assertThatThrownBy(
                        () ->
                                sparql(
                                        EDITOR,
                                        "INSERT DATA { decision:New a dr:Decision ;"
                                                + " rdfs:label \"New\" }"))
                .isInstanceOfSatisfying(
                        DecisionWriteRefusedException.class,
                        e ->
                                assertThat(e.decisions())
                                        .containsExactly("https://registry.test/id/decision/New"));
        assertThatThrownBy(
                        () ->
                                sparql(
                                        EDITOR,
                                        "INSERT DATA { artefact:DES138 dr:approvedBy"
                                                + " decision:Untyped }"))
                .isInstanceOfSatisfying(
                        DecisionWriteRefusedException.class,
                        e ->
                                assertThat(e.decisions())
                                        .containsExactly(
                                                "https://registry.test/id/decision/Untyped"));
    }

    @Test
    void letsAWriterWithTheRightChangeADecision() {
        sparql(APPROVER, "INSERT DATA { decision:DAG-2021-11-17-01 rdfs:comment \"Minuted\" }");

        assertThat(registry.<Boolean>read(m -> m.contains(decision(m), RDFS.comment, "Minuted")))
                .isTrue();
    }

    @Test
    void letsAWriterWithoutTheRightChangeOtherResources() {
        sparql(EDITOR, "INSERT DATA { artefact:DES138 rdfs:comment \"Not a decision\" }");

        assertThat(
                        registry.<Boolean>read(
                                m ->
                                        m.contains(
                                                m.createResource(DES138),
                                                RDFS.comment,
                                                "Not a decision")))
                .isTrue();
    }

    @Test
    void countsOnlyNetChanges() {
        // Re-adding what is there, and deleting then re-adding, leave the decision as it was.
        sparql(
                EDITOR,
                "INSERT DATA { decision:DAG-2021-11-17-01 dr:approves artefact:DES138 };"
                        + " DELETE DATA { decision:DAG-2021-11-17-01 rdfs:label \"DAG accepts the"
                        + " Interface List\" };"
                        + " INSERT DATA { decision:DAG-2021-11-17-01 rdfs:label \"DAG accepts the"
                        + " Interface List\" }");

        // Deleting what is not there first does not hide the insert that follows.
        assertThatThrownBy(
                        () ->
                                sparql(
                                        EDITOR,
                                        "DELETE DATA { decision:DAG-2021-11-17-01 rdfs:comment"
                                                + " \"x\" }; INSERT DATA {"
                                                + " decision:DAG-2021-11-17-01 rdfs:comment \"x\""
                                                + " }"))
                .isInstanceOf(DecisionWriteRefusedException.class);
    }

    @Test
    void checksTheRightsBeforeTheShapes() {
        // Deleting the decision also leaves an approved artefact without its approval.
        assertThatThrownBy(
                        () ->
                                ValidatedWrites.update(
                                        registry,
                                        EDITOR,
                                        model -> model.removeAll(decision(model), null, null)))
                .isInstanceOf(DecisionWriteRefusedException.class);
    }

    @Test
    void updateRefusesADecisionChangeAndCommitsOthers() {
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(
                        () ->
                                ValidatedWrites.update(
                                        registry,
                                        EDITOR,
                                        model -> model.add(decision(model), RDFS.comment, "No")))
                .isInstanceOf(DecisionWriteRefusedException.class);
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));

        ValidatedWrites.update(
                registry,
                EDITOR,
                model -> model.add(model.createResource(DES138), RDFS.comment, "Yes"));
        ValidatedWrites.update(
                registry, APPROVER, model -> model.add(decision(model), RDFS.comment, "Yes"));
        assertThat(registry.<Boolean>read(m -> m.contains(decision(m), RDFS.comment, "Yes")))
                .isTrue();
    }

    @Test
    void asksTheRightsOncePerWriteTransaction() {
        AtomicInteger asked = new AtomicInteger();
        WriteRights counting =
                () -> {
                    asked.incrementAndGet();
                    return true;
                };
        DatasetGraph guarded = ValidatedWrites.guard(registry, counting);

        guarded.begin(TxnType.READ);
        guarded.end();
        sparql(guarded, "INSERT DATA { decision:DAG-2021-11-17-01 rdfs:comment \"a\" }");
        sparql(guarded, "INSERT DATA { decision:DAG-2021-11-17-01 rdfs:comment \"b\" }");

        assertThat(asked).hasValue(2);
    }

    private void sparql(WriteRights rights, String update) {
        sparql(ValidatedWrites.guard(registry, rights), update);
    }

    private static void sparql(DatasetGraph guarded, String update) {
        guarded.begin(TxnType.WRITE);
        try {
            UpdateExec.dataset(guarded).update(PREFIXES + update).execute();
            guarded.commit();
        } finally {
            guarded.end();
        }
    }

    private static Resource decision(Model model) {
        return model.createResource(DECISION);
    }
}
