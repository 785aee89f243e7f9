package org.designregistry.model.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.imports.ItemPreview.Outcome;
import org.designregistry.model.imports.ItemPreview.PropertyChange;
import org.designregistry.model.imports.PlannedResource.PlannedLink;
import org.designregistry.model.imports.PlannedResource.PlannedValue;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportsTest {

    private static final String BASE = "https://registry.test/id/";
    private static final String SHEET = "Processes";
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node OWNED_BY = DR.ownedBy.asNode();

    private final Registry registry = Registries.createInMemory();
    private final Imports imports = Imports.of(registry, BASE, WriteRights.unrestricted());

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void previewsCreatedUpdatedAndUnchangedResourcesPropertyByProperty() {
        ImportPlan plan =
                ImportPlan.builder("processes.csv")
                        .resource(process("BP001", 2, "Change of Supplier", "Registrations"))
                        .resource(process("BP002", 3, "Change of Meter", "Smart"))
                        .resource(
                                resource(
                                        Ref.Kind.ARTEFACT,
                                        "DES140",
                                        4,
                                        List.of(value(TITLE, 4, "B", "Data Item Catalogue")),
                                        List.of()))
                        .build();

        ImportPreview preview = imports.preview(plan);

        assertThat(preview.items())
                .extracting(ItemPreview::key, ItemPreview::outcome)
                .containsExactly(
                        tuple("process:BP001", Outcome.UNCHANGED),
                        tuple("process:BP002", Outcome.CREATED),
                        tuple("artefact:DES140", Outcome.UPDATED));
        assertThat(preview.items().get(2).changes())
                .containsExactly(
                        new PropertyChange(
                                "dcterms:title",
                                List.of("Data Catalogue"),
                                List.of("Data Item Catalogue")));
        assertThat(preview.items().get(1).changes())
                .contains(new PropertyChange("dr:ownedBy", List.of(), List.of("Smart")));
        assertThat(preview.committable()).isTrue();
        assertThat(stored("process/BP002")).as("a preview stores nothing").isFalse();
    }

    @Test
    void commitStoresThePlanAsOneChangeNamedAfterTheSource() {
        long before = registry.history().latest();
        ImportPlan plan =
                ImportPlan.builder("processes.csv")
                        .resource(process("BP002", 2, "Change of Meter", "Smart"))
                        .resource(process("BP003", 3, "Registration", "Registrations"))
                        .build();

        ImportPreview done =
                ChangeContext.callWith(
                        ChangeContext.of("alice", Imports.ROUTE, null, null),
                        () -> imports.commit(plan));

        assertThat(done.counts()).containsEntry(Outcome.CREATED, 2);
        assertThat(registry.history().latest()).isEqualTo(before + 1);
        ChangeRecord record = registry.history().get(before + 1).orElseThrow();
        assertThat(record.message()).contains("Import of processes.csv");
        assertThat(record.route()).isEqualTo(Imports.ROUTE);
        assertThat(record.principal()).isEqualTo("alice");
        assertThat(imports.preview(plan).changesNothing())
                .as("importing again is a no-op")
                .isTrue();
    }

    @Test
    void refusesAnUnknownLinkTargetAtItsCell() {
        ImportPlan plan =
                ImportPlan.builder("processes.csv")
                        .resource(process("BP002", 7, "Change of Meter", "Nowhere"))
                        .build();

        ImportPreview preview = imports.preview(plan);

        assertThat(preview.committable()).isFalse();
        assertThat(preview.refusals())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.location()).isEqualTo(Location.cell(SHEET, 7, "C"));
                            assertThat(r.reason())
                                    .contains("unknown link target")
                                    .contains("workstream")
                                    .contains("'Nowhere'");
                        });
    }

    @Test
    void refusesEverythingWhenOneRowFails() {
        long size = registry.size();
        ImportPlan plan =
                ImportPlan.builder("processes.csv")
                        .resource(process("BP002", 2, "Change of Meter", "Smart"))
                        .resource(process("BP003", 3, "Registration", "Nowhere"))
                        .build();

        assertThatThrownBy(() -> imports.commit(plan))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("row 3, column C")
                .satisfies(
                        e ->
                                assertThat(((ImportRefusedException) e).preview().counts())
                                        .containsEntry(Outcome.CREATED, 1)
                                        .containsEntry(Outcome.REFUSED, 1));
        assertThat(registry.size()).isEqualTo(size);
    }

    @Test
    void locatesAShapeViolationToTheCellOfItsProperty() {
        // An interface needs a sender and a receiver (dr:sentBy, dr:receivedBy).
        ImportPlan plan =
                ImportPlan.builder("interfaces.csv")
                        .resource(
                                resource(
                                        Ref.Kind.INTERFACE,
                                        "IF-001",
                                        5,
                                        List.of(value(LABEL, 5, "B", "Meter reads")),
                                        List.of(
                                                new PlannedLink(
                                                        DR.sentBy.asNode(),
                                                        List.of(),
                                                        Location.cell(SHEET, 5, "D")))))
                        .build();

        ImportPreview preview = imports.preview(plan);

        assertThat(preview.items().get(0).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(preview.refusals())
                .anySatisfy(
                        r -> {
                            assertThat(r.location()).isEqualTo(Location.cell(SHEET, 5, "D"));
                            assertThat(r.reason()).startsWith("shape violation").contains("sentBy");
                        });
        assertThatThrownBy(() -> imports.commit(plan))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("column D");
    }

    @Test
    void resolvesLinksByLabelAmongStoredAndPlannedResources() {
        ImportPlan plan =
                ImportPlan.builder("processes.csv")
                        .resource(
                                resource(
                                        Ref.Kind.PROCESS,
                                        "BP002",
                                        2,
                                        List.of(value(LABEL, 2, "B", "Change of Meter")),
                                        List.of(
                                                new PlannedLink(
                                                        OWNED_BY,
                                                        List.of(
                                                                LinkTarget.byLabel(
                                                                        Ref.Kind.WORKSTREAM,
                                                                        " smart ")),
                                                        Location.cell(SHEET, 2, "C")))))
                        .build();

        imports.commit(plan);

        assertThat(linked("process/BP002", "workstream/Smart")).isTrue();
    }

    @Test
    void refusesADecisionFromAWriterWhoMayNotRecordDecisions() {
        Imports restricted = Imports.of(registry, BASE, () -> false);
        ImportPlan plan =
                ImportPlan.builder("decisions.csv")
                        .resource(
                                resource(
                                        Ref.Kind.DECISION,
                                        "DAG-2024-01-10-01",
                                        2,
                                        List.of(value(LABEL, 2, "B", "DAG accepts the catalogue")),
                                        List.of()))
                        .build();

        assertThat(restricted.preview(plan).refusals())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("may record decisions"));
        assertThatThrownBy(() -> restricted.commit(plan))
                .isInstanceOf(ImportRefusedException.class);
    }

    @Test
    void refusesAKeyStatedTwiceNamingTheFirstRow() {
        ImportPlan plan =
                ImportPlan.builder("processes.csv")
                        .resource(process("BP002", 2, "Change of Meter", "Smart"))
                        .resource(process("BP002", 9, "Change of Meter", "Smart"))
                        .build();

        assertThat(imports.preview(plan).refusals())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.location()).isEqualTo(Location.row(SHEET, 9));
                            assertThat(r.reason()).contains("stated twice").contains("row 2");
                        });
    }

    @Test
    void previewsAndCommitsARemoval() {
        ImportPlan plan =
                ImportPlan.builder("model.xml")
                        .remove(
                                new ImportPlan.Removal(
                                        Ref.Kind.PROCESS, "BP001", Location.element("id-1")))
                        .build();

        assertThat(imports.preview(plan).items())
                .singleElement()
                .satisfies(i -> assertThat(i.outcome()).isEqualTo(Outcome.REMOVED));
        imports.commit(plan);

        assertThat(stored("process/BP001")).isFalse();
    }

    @Test
    void refusesAnImportThatBreaksAShapeOfAResourceItDoesNotWrite() {
        // DES138 is Approved through this decision; rejecting it leaves DES138 without the
        // approving decision its status needs (the approval rule), though the row names only the
        // decision.
        Node decision = NodeFactory.createURI(BASE + "decision/DAG-2021-11-17-01");
        Txn.executeWrite(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getDefaultGraph()
                                .add(
                                        decision,
                                        DCTerms.identifier.asNode(),
                                        NodeFactory.createLiteralString("DAG-2021-11-17-01")));
        ImportPlan plan = decisionOutcome("Reject");

        ImportPreview preview = imports.preview(plan);

        assertThat(preview.committable()).isFalse();
        assertThat(preview.refusals())
                .anySatisfy(
                        r ->
                                assertThat(r.reason())
                                        .contains(BASE + "artefact/DES138")
                                        .contains("would break a shape"));
        assertThatThrownBy(() -> imports.commit(plan))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("artefact/DES138");
        assertThat(outcomeOf("DAG-2021-11-17-01")).isEqualTo("Accept");
    }

    @Test
    void commitsAPreviewedPlanAsPreviewed() {
        ImportPlan plan =
                ImportPlan.builder("processes.csv")
                        .resource(process("BP002", 2, "Change of Meter", "Smart"))
                        .build();

        assertThat(imports.preview(plan).committable()).isTrue();
        imports.commit(plan);

        assertThat(linked("process/BP002", "workstream/Smart")).isTrue();
    }

    private static ImportPlan decisionOutcome(String outcome) {
        return ImportPlan.builder("decisions.csv")
                .resource(
                        resource(
                                Ref.Kind.DECISION,
                                "DAG-2021-11-17-01",
                                2,
                                List.of(
                                        new PlannedValue(
                                                DR.outcome.asNode(),
                                                List.of(
                                                        NodeFactory.createURI(
                                                                "https://w3id.org/design-registry/outcome/"
                                                                        + outcome)),
                                                Location.cell(SHEET, 2, "D"))),
                                List.of()))
                .build();
    }

    private String outcomeOf(String decision) {
        return registry.read(
                m ->
                        m.getRequiredProperty(
                                        m.createResource(BASE + "decision/" + decision), DR.outcome)
                                .getResource()
                                .getLocalName());
    }

    private static PlannedResource process(String id, int row, String label, String owner) {
        return resource(
                Ref.Kind.PROCESS,
                id,
                row,
                List.of(value(LABEL, row, "B", label)),
                List.of(
                        new PlannedLink(
                                OWNED_BY,
                                List.of(LinkTarget.byIdentifier(Ref.Kind.WORKSTREAM, owner)),
                                Location.cell(SHEET, row, "C"))));
    }

    private static PlannedResource resource(
            Ref.Kind kind, String id, int row, List<PlannedValue> values, List<PlannedLink> links) {
        return new PlannedResource(kind, id, Location.row(SHEET, row), values, links, List.of());
    }

    private static PlannedValue value(Node property, int row, String column, String text) {
        return new PlannedValue(
                property,
                List.of(NodeFactory.createLiteralString(text)),
                Location.cell(SHEET, row, column));
    }

    private boolean stored(String path) {
        Boolean found = registry.read(m -> m.containsResource(m.createResource(BASE + path)));
        return found;
    }

    private boolean linked(String from, String to) {
        Boolean found =
                registry.read(
                        m ->
                                m.contains(
                                        m.createResource(BASE + from),
                                        DR.ownedBy,
                                        m.createResource(BASE + to)));
        return found;
    }
}
