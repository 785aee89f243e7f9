package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.validation.RegistryValidator;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes whose violations fall on resources they do not mention are refused all the same, with
 * those violations: the check validates the focus nodes whose validation reads what the write
 * changed, through links, types, concepts and the approval rule's decisions and bodies, or the
 * whole graph when the write changes the class hierarchy or is too large to list.
 */
class FarReachingWritesTest {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static final String PREFIXES =
            """
            PREFIX artefact: <https://registry.mhhs.example/id/artefact/>
            PREFIX body: <https://registry.mhhs.example/id/body/>
            PREFIX class: <https://registry.mhhs.example/id/class/>
            PREFIX decision: <https://registry.mhhs.example/id/decision/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX drlevel: <https://w3id.org/design-registry/level/>
            PREFIX interface: <https://registry.mhhs.example/id/interface/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX status: <https://registry.mhhs.example/id/status/>
            PREFIX workstream: <https://registry.mhhs.example/id/workstream/>
            """;
    private static final String APPROVAL = "https://w3id.org/design-registry/shapes#";
    private static final String OWNER_PATH = "dr:ownedBy|^dr:ownerOf";

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        List<RdfSource> sources =
                new ArrayList<>(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        sources.add(RdfSource.classpath("validation/own-status.ttl"));
        sources.add(RdfSource.classpath("edit/local-class.ttl"));
        registry.loadSources(sources);
        assertThat(registry.validate().conforms()).isTrue();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void refusesLoweringABodysLevelForTheArtefactsItApprovedTwoLinksAway() {
        String update =
                """
                DELETE { body:DAG dr:governanceLevel ?level }
                INSERT { body:DAG dr:governanceLevel drlevel:Level4 }
                WHERE { body:DAG dr:governanceLevel ?level }
                """;

        List<Violation> violations = refused(update);

        assertThat(violations)
                .extracting(Violation::focusNode)
                .containsExactly(
                        ID + "artefact/BPM001",
                        ID + "artefact/BRS003",
                        ID + "artefact/DES100",
                        ID + "artefact/DES101",
                        ID + "artefact/DES138",
                        ID + "artefact/DES140",
                        ID + "artefact/DES142",
                        ID + "artefact/E2E001");
        assertThat(violations)
                .extracting(Violation::sourceShape)
                .containsOnly(APPROVAL + "ArtefactApprovalShape");
        assertThat(checkedOnFocusNodes(update)).isTrue();
    }

    @Test
    void refusesTakingTheTypeFromALinkTargetForTheResourcesLinkingToIt() {
        String update = "DELETE DATA { workstream:Elexon-Central-Systems a dr:Workstream }";

        List<Violation> violations = refused(update);

        assertThat(violations).extracting(Violation::focusNode).contains(ID + "artefact/DES138");
        assertThat(violations)
                .allSatisfy(
                        v -> {
                            assertThat(v.path()).isEqualTo(OWNER_PATH);
                            assertThat(v.value())
                                    .isEqualTo(ID + "workstream/Elexon-Central-Systems");
                        });
        assertThat(checkedOnFocusNodes(update)).isTrue();
    }

    @Test
    void refusesRemovingADecisionsOutcomeForItAndTheArtefactItApproved() {
        String update = "DELETE WHERE { decision:DAG-2022-01-12-01 dr:outcome ?outcome }";

        List<Violation> violations = refused(update);

        assertThat(violations)
                .extracting(Violation::focusNode, Violation::path)
                .containsExactly(
                        tuple(ID + "artefact/DES138", ""),
                        tuple(ID + "decision/DAG-2022-01-12-01", "dr:outcome"));
        assertThat(checkedOnFocusNodes(update)).isTrue();
    }

    @Test
    void refusesDeletingAnApprovingDecisionForTheArtefactItApproved() {
        String update =
                """
                DELETE WHERE { decision:DAG-2022-01-12-01 ?p ?o } ;
                DELETE WHERE { ?s ?p decision:DAG-2022-01-12-01 }
                """;

        List<Violation> violations = refused(update);

        assertThat(violations)
                .extracting(Violation::focusNode, Violation::sourceShape)
                .containsExactly(tuple(ID + "artefact/DES138", APPROVAL + "ArtefactApprovalShape"));
        assertThat(checkedOnFocusNodes(update)).isTrue();
    }

    @Test
    void refusesStatingOwnershipFromAResourceOfTheWrongClass() {
        String update = "INSERT DATA { interface:IF-001 dr:ownerOf artefact:DES138 }";

        List<Violation> violations = refused(update);

        assertThat(violations)
                .extracting(Violation::focusNode, Violation::path, Violation::value)
                .containsExactly(
                        tuple(ID + "artefact/DES138", OWNER_PATH, ID + "interface/IF-001"));
        assertThat(checkedOnFocusNodes(update)).isTrue();
    }

    @Test
    void refusesLinkingToAResourceOfTheWrongClass() {
        String update = "INSERT DATA { artefact:DES138 dr:dependsOn interface:IF-001 }";

        assertThat(refused(update))
                .extracting(Violation::focusNode, Violation::path, Violation::value)
                .containsExactly(
                        tuple(ID + "artefact/DES138", "dr:dependsOn", ID + "interface/IF-001"));
        assertThat(checkedOnFocusNodes(update)).isTrue();
    }

    @Test
    void refusesTakingAConceptOutOfItsSchemeForTheResourcesThatUseIt() {
        String update = "DELETE DATA { status:Provisional skos:inScheme dr:Statuses }";

        assertThat(refused(update))
                .extracting(Violation::focusNode, Violation::path, Violation::value)
                .containsExactly(
                        tuple(ID + "artefact/DES900", "dr:status", ID + "status/Provisional"));
        assertThat(checkedOnFocusNodes(update)).isTrue();
    }

    @Test
    void refusesASubclassStatementForTheResourcesOfThatClassCheckingTheWholeGraph() {
        // The resources of class:Kind become meetings, which need a date and a body.
        String update = "INSERT DATA { class:Kind rdfs:subClassOf dr:Meeting }";

        List<Violation> violations = refused(update);

        assertThat(violations)
                .extracting(Violation::focusNode)
                .containsOnly(
                        ID + "artefact/DES138",
                        ID + "data-item/DI-037",
                        ID + "interface/IF-041",
                        ID + "workstream/Smart");
        assertThat(checkedOnFocusNodes(update)).isFalse();
    }

    @Test
    void refusesAWriteTooLargeToListForTheViolationsItAdds() {
        StringBuilder update = new StringBuilder("INSERT DATA {\n");
        for (int i = 0; i < RegistryValidator.MAX_CHANGED_TRIPLES; i++) {
            update.append("artefact:DES138 rdfs:comment \"note ").append(i).append("\" .\n");
        }
        update.append("} ;\nDELETE WHERE { artefact:DES138 dr:ownedBy ?owner }");

        assertThat(refused(update.toString()))
                .extracting(Violation::focusNode, Violation::path)
                .containsExactly(tuple(ID + "artefact/DES138", OWNER_PATH));
        assertThat(changes(update.toString()).itemised()).isFalse();
    }

    /** Returns the violations for which a guarded write of the update is refused. */
    private List<Violation> refused(String update) {
        Graph before = GraphAssertions.contents(registry);
        DatasetGraph guarded = ValidatedWrites.guard(registry);
        List<Violation> violations = new ArrayList<>();
        assertThatThrownBy(
                        () ->
                                Txn.executeWrite(
                                        guarded,
                                        () ->
                                                UpdateExec.dataset(guarded)
                                                        .update(PREFIXES + update)
                                                        .execute()))
                .isInstanceOfSatisfying(
                        ShapeViolationException.class,
                        e -> violations.addAll(e.report().violations()));
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
        return violations;
    }

    /** Returns whether the write is validated on its focus nodes rather than the whole graph. */
    private boolean checkedOnFocusNodes(String update) {
        NetChanges.Changes changes = changes(update);
        Optional<Set<Node>> affected =
                inWrite(update, () -> registry.affectedFocusNodes(changes.triples()));
        return changes.itemised() && affected.isPresent();
    }

    private NetChanges.Changes changes(String update) {
        NetChanges watch = new NetChanges(registry.dataset(), WriteRights.unrestricted());
        DatasetGraph watched = new DatasetGraphChanges(registry.dataset(), watch);
        watched.begin(TxnType.WRITE);
        try {
            UpdateExec.dataset(watched).update(PREFIXES + update).execute();
            return watch.current();
        } finally {
            watched.abort();
            watched.end();
        }
    }

    private <T> T inWrite(String update, Supplier<T> inside) {
        DatasetGraph dataset = registry.dataset();
        dataset.begin(TxnType.WRITE);
        try {
            UpdateExec.dataset(dataset).update(PREFIXES + update).execute();
            return inside.get();
        } finally {
            dataset.abort();
            dataset.end();
        }
    }
}
