package org.designregistry.model.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.resource.ResourceDescription.LinkGroup;
import org.designregistry.model.resource.ResourceDraft.LinkInput;
import org.designregistry.model.resource.ResourceDraft.PropertyInput;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private static final String BASE = "https://registry.test/id/";
    private static final String DES138 = BASE + "artefact/DES138";
    private static final String DES140 = BASE + "artefact/DES140";

    private final Registry registry = Registries.createInMemory();
    private final Resources resources = Resources.of(registry, BASE);

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void listsTheResourcesOfAKindByIdentifier() {
        ResourcePage page = resources.list(ResourceQuery.of(Ref.Kind.ARTEFACT));

        assertThat(page.items())
                .extracting(ResourceSummary::identifier)
                .containsExactly("DES138", "DES140");
        assertThat(page.total()).isEqualTo(2);
        ResourceSummary des138 = page.items().get(0);
        assertThat(des138.type().name()).isEqualTo("dr:DesignArtefact");
        assertThat(des138.status()).map(Term::label).contains("Approved");
        assertThat(des138.artefactType()).map(Term::label).contains("Interface List");
        assertThat(des138.phase()).map(Term::name).contains("drphase:LogicalDesign");
        assertThat(des138.owners())
                .extracting(r -> r.identifier())
                .containsExactly("Registrations");
    }

    @Test
    void listsEveryKindWhenNoneIsGiven() {
        ResourcePage page = resources.list(ResourceQuery.all());

        assertThat(page.items())
                .extracting(ResourceSummary::identifier)
                .contains("BP001", "DES138", "Smart", "BPRWG");
        assertThat(page.items())
                .extracting(s -> s.kind().map(Ref.Kind::kindName).orElse(""))
                .contains("decision", "body", "process");
    }

    @Test
    void filtersByWorkstreamStatusTypePhaseAndOwner() {
        assertThat(ids(ResourceQuery.all().withWorkstream("Registrations")))
                .containsExactly("BP001", "DES138");
        assertThat(ids(ResourceQuery.all().withWorkstream("workstream:Smart")))
                .containsExactly("DES140");
        assertThat(ids(ResourceQuery.all().withStatus("draft"))).containsExactly("DES140");
        assertThat(ids(ResourceQuery.all().withStatus("drstatus:Approved")))
                .containsExactly("DES138");
        assertThat(ids(ResourceQuery.all().withType("dr:BusinessProcess")))
                .containsExactly("BP001");
        assertThat(ids(ResourceQuery.all().withType("InterfaceList"))).containsExactly("DES138");
        assertThat(ids(ResourceQuery.all().withPhase("LogicalDesign")))
                .containsExactly("DES138", "DES140");
        assertThat(ids(ResourceQuery.all().withOwner("BPRWG"))).containsExactly("DES138");
        assertThat(resources.list(ResourceQuery.all().withOwner("DAG")).items())
                .extracting(ResourceSummary::label)
                .containsExactly("DAG accepts the Interface List");
        assertThat(ids(ResourceQuery.all().withStatus("Superseded"))).isEmpty();
    }

    @Test
    void pagesThroughTheListWithTheTotal() {
        ResourceQuery all = ResourceQuery.all();
        long total = resources.list(all).total();

        ResourcePage second = resources.list(all.withPage(1, 3));

        assertThat(second.items()).hasSize(3);
        assertThat(second.total()).isEqualTo(total);
        assertThat(second.pages()).isEqualTo((total + 2) / 3);
        assertThat(second.items().get(0).iri()).isEqualTo(resources.list(all).items().get(3).iri());
        assertThatThrownBy(() -> all.withPage(0, 0)).hasMessageContaining("page size 0");
        assertThatThrownBy(() -> all.withPage(-1, 10)).hasMessageContaining("page -1");
    }

    @Test
    void describesAResourceWithLabelledValuesAndLinksBothWays() {
        ResourceDescription des138 = resources.describe(Ref.parse("DES138"));

        assertThat(des138.iri()).isEqualTo(DES138);
        assertThat(des138.label()).isEqualTo("DES138 Interface List");
        assertThat(des138.ref()).map(Ref::toString).contains("artefact:DES138");
        assertThat(des138.types()).extracting(Term::name).containsExactly("dr:DesignArtefact");
        assertThat(des138.properties())
                .filteredOn(p -> p.property().name().equals("dr:status"))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.property().label()).isEqualTo("status");
                            assertThat(p.values())
                                    .extracting(Value::text)
                                    .containsExactly("Approved");
                            assertThat(p.values().get(0).isIri()).isTrue();
                        });
        assertThat(des138.properties())
                .filteredOn(p -> p.property().name().equals("dcterms:title"))
                .flatExtracting(ResourceDescription.PropertyValues::values)
                .extracting(Value::text, Value::datatype)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                                "Interface List", "http://www.w3.org/2001/XMLSchema#string"));
        assertThat(des138.outgoing())
                .extracting(g -> g.relation().name())
                .containsExactly("dr:ownedBy", "dr:producedBy");
        LinkGroup approves =
                des138.incoming().stream()
                        .filter(g -> g.relation().name().equals("dr:approves"))
                        .findFirst()
                        .orElseThrow();
        assertThat(approves.resources())
                .extracting(l -> l.resource().label(), l -> l.type().name())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                                "DAG accepts the Interface List", "dr:Decision"));
        assertThat(des138.incoming())
                .extracting(g -> g.relation().name())
                .containsExactly("dr:approves", "dr:dependsOn");
    }

    @Test
    void findsNoDescriptionForAnUnknownResource() {
        assertThat(resources.describe(BASE + "artefact/NOPE")).isEmpty();
        assertThatThrownBy(() -> resources.describe(Ref.parse("artefact:NOPE")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("artefact:NOPE");
    }

    @Test
    void linkedDataHoldsTheOwnTriplesAndTheLabelsOfWhatItLinksTo() {
        Graph graph = resources.linkedData(DES140).orElseThrow();

        Node des140 = NodeFactory.createURI(DES140);
        assertThat(graph.contains(des140, Node.ANY, Node.ANY)).isTrue();
        assertThat(graph.stream(des140, Node.ANY, Node.ANY).count())
                .isEqualTo(
                        registry.read(
                                m -> m.getGraph().stream(des140, Node.ANY, Node.ANY).count()));
        assertThat(labelOf(graph, DES138)).contains("DES138 Interface List");
        assertThat(
                        graph.stream(
                                        NodeFactory.createURI(
                                                "https://w3id.org/design-registry/status/Draft"),
                                        Node.ANY,
                                        Node.ANY)
                                .map(t -> t.getObject().getLiteralLexicalForm()))
                .containsExactly("Draft");
        assertThat(graph.contains(Node.ANY, Node.ANY, des140)).isFalse();
        assertThat(resources.linkedData(BASE + "artefact/NOPE")).isEmpty();
    }

    @Test
    void createsAResourceUnderTheBaseIri() {
        ResourceDescription created = resources.create(newArtefact("DES900"));

        assertThat(created.iri()).isEqualTo(BASE + "artefact/DES900");
        assertThat(created.identifier()).isEqualTo("DES900");
        assertThat(created.kind()).contains(Ref.Kind.ARTEFACT);
        assertThat(created.outgoing())
                .flatExtracting(LinkGroup::resources)
                .extracting(l -> l.resource().identifier())
                .containsExactlyInAnyOrder("Smart", "DES138");
        assertThat(registry.validate().conforms()).isTrue();
    }

    @Test
    void refusesToCreateAResourceThatExists() {
        assertThatThrownBy(() -> resources.create(newArtefact("DES138")))
                .isInstanceOf(ResourceExistsException.class)
                .hasMessageContaining(DES138);
    }

    @Test
    void refusesACreateThatBreaksTheShapesAndStoresNothing() {
        Graph before = GraphAssertions.contents(registry);
        ResourceDraft withoutOwner =
                new ResourceDraft(
                        Optional.of(Ref.Kind.ARTEFACT),
                        Optional.of("DES901"),
                        "DES901 No owner",
                        newArtefact("DES901").properties(),
                        List.of());

        assertThatThrownBy(() -> resources.create(withoutOwner))
                .isInstanceOfSatisfying(
                        ShapeViolationException.class,
                        e ->
                                assertThat(e.report().violations())
                                        .extracting(Violation::focusNode)
                                        .containsOnly(BASE + "artefact/DES901"));
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
    }

    @Test
    void refusesMalformedDraftsNamingTheField() {
        assertThatThrownBy(
                        () ->
                                resources.create(
                                        new ResourceDraft(
                                                Optional.of(Ref.Kind.ARTEFACT),
                                                Optional.of("DES902"),
                                                "x",
                                                List.of(PropertyInput.literal("nope:title", "x")),
                                                List.of())))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("Invalid property 'nope:title'");
        assertThatThrownBy(
                        () ->
                                resources.create(
                                        new ResourceDraft(
                                                Optional.of(Ref.Kind.ARTEFACT),
                                                Optional.of("DES902"),
                                                "x",
                                                List.of(),
                                                List.of(
                                                        new LinkInput(
                                                                "dr:ownedBy",
                                                                "workstream:Nowhere")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("workstream:Nowhere");
        assertThatThrownBy(
                        () ->
                                resources.create(
                                        new ResourceDraft(
                                                Optional.of(Ref.Kind.DECISION),
                                                Optional.of("D1"),
                                                "x",
                                                List.of(
                                                        new PropertyInput(
                                                                "dcterms:date",
                                                                "17 November",
                                                                "xsd:date",
                                                                null,
                                                                null)),
                                                List.of())))
                .hasMessageContaining("'17 November' is not a valid xsd:date");
        assertThatThrownBy(() -> resources.create(newArtefact("has space")))
                .hasMessageContaining("Invalid identifier 'has space'");
    }

    @Test
    void replacesWhatAResourceStatesKeepingItsIdentityAndIncomingLinks() {
        ResourceDescription des138 = resources.describe(Ref.parse("DES138"));
        ResourceDraft draft = des138Draft("DES138 Interface Catalogue");

        ResourceDescription replaced = resources.replace(DES138, des138.version(), draft);

        assertThat(replaced.label()).isEqualTo("DES138 Interface Catalogue");
        assertThat(replaced.identifier()).isEqualTo("DES138");
        assertThat(replaced.properties())
                .extracting(p -> p.property().name())
                .doesNotContain("owl:versionInfo");
        assertThat(replaced.outgoing())
                .extracting(g -> g.relation().name())
                .containsExactly("dr:ownedBy");
        assertThat(replaced.incoming())
                .extracting(g -> g.relation().name())
                .containsExactly("dr:approves", "dr:dependsOn");
        assertThat(replaced.version()).isNotEqualTo(des138.version());
    }

    @Test
    void keepsBlankNodeValuesOnReplaceSinceADraftCannotStateThem() {
        Node des138 = NodeFactory.createURI(DES138);
        Node period = NodeFactory.createBlankNode();
        Node validity = NodeFactory.createURI("https://example.test/validity");
        Node start = NodeFactory.createURI("https://example.test/start");
        Txn.executeWrite(
                registry.dataset(),
                () -> {
                    Graph data = registry.dataset().getDefaultGraph();
                    data.add(des138, validity, period);
                    data.add(period, start, NodeFactory.createLiteralString("2024-01-01"));
                });
        ResourceDescription before = resources.describe(Ref.parse("DES138"));
        assertThat(before.properties())
                .filteredOn(p -> p.property().iri().equals(validity.getURI()))
                .flatExtracting(ResourceDescription.PropertyValues::values)
                .allMatch(Value::isBlankNode);

        resources.replace(DES138, before.version(), des138Draft("DES138 Interface Catalogue"));

        registry.read(
                model -> {
                    Graph data = model.getGraph();
                    assertThat(data.contains(des138, validity, period)).isTrue();
                    assertThat(data.contains(period, start, Node.ANY)).isTrue();
                    return null;
                });
    }

    @Test
    void keepsTheLanguageOfALabelTheDraftLeavesUnchanged() {
        Node des138 = NodeFactory.createURI(DES138);
        Node label = RDFS.label.asNode();
        Txn.executeWrite(
                registry.dataset(),
                () -> {
                    Graph data = registry.dataset().getDefaultGraph();
                    data.remove(des138, label, Node.ANY);
                    data.add(
                            des138,
                            label,
                            NodeFactory.createLiteralLang("Interface Catalogue", "en"));
                });

        replaceLabel("Interface Catalogue");
        Node kept = labelOf(des138);
        replaceLabel("Interface Catalogue v2");
        Node changed = labelOf(des138);

        assertThat(kept.getLiteralLanguage()).isEqualTo("en");
        assertThat(changed.getLiteralLexicalForm()).isEqualTo("Interface Catalogue v2");
        assertThat(changed.getLiteralLanguage()).isEmpty();
    }

    private void replaceLabel(String text) {
        ResourceDescription current = resources.describe(Ref.parse("DES138"));
        resources.replace(DES138, current.version(), des138Draft(text));
    }

    /** DES138's title, type, status and one owner, under a label. */
    private static ResourceDraft des138Draft(String label) {
        return new ResourceDraft(
                Optional.empty(),
                Optional.empty(),
                label,
                List.of(
                        PropertyInput.literal("dcterms:title", "Interface Catalogue"),
                        PropertyInput.iri("dr:artefactType", "drtype:InterfaceList"),
                        PropertyInput.iri("dr:status", "drstatus:Approved")),
                List.of(new LinkInput("dr:ownedBy", "Smart")));
    }

    private Node labelOf(Node node) {
        return registry.read(
                model ->
                        model.getGraph()
                                .find(node, RDFS.label.asNode(), Node.ANY)
                                .next()
                                .getObject());
    }

    @Test
    void refusesToChangeTypesThroughProperties() {
        ResourceDescription des138 = resources.describe(Ref.parse("DES138"));

        assertThatThrownBy(
                        () ->
                                resources.replace(
                                        DES138,
                                        des138.version(),
                                        new ResourceDraft(
                                                Optional.empty(),
                                                Optional.empty(),
                                                "DES138",
                                                List.of(
                                                        PropertyInput.iri(
                                                                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                                                                "dr:Workstream")),
                                                List.of())))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("Property rdf:type");
    }

    @Test
    void editsWithoutTheRightToRecordDecisionsLeaveDecisionsAlone() {
        Resources editor = Resources.of(registry, BASE, () -> false);
        String decision = BASE + "decision/DAG-2021-11-17-01";
        ResourceDescription des140 = editor.describe(Ref.parse("DES140"));
        editor.addLink(DES140, des140.version(), new LinkInput("dr:ownedBy", "Smart"));
        // A replace restates the artefact's approval, which an approver recorded: no net change.
        ResourceDescription des138 = resources.describe(Ref.parse("DES138"));
        des138 =
                resources.addLink(
                        DES138, des138.version(), new LinkInput("dr:approvedBy", decision));
        editor.replace(
                DES138,
                des138.version(),
                new ResourceDraft(
                        Optional.empty(),
                        Optional.empty(),
                        "DES138 Interface List",
                        List.of(
                                PropertyInput.literal("dcterms:title", "Interface List"),
                                PropertyInput.iri("dr:artefactType", "drtype:InterfaceList"),
                                PropertyInput.iri("dr:status", "drstatus:Approved")),
                        List.of(
                                new LinkInput("dr:ownedBy", "Smart"),
                                new LinkInput("dr:approvedBy", decision))));
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(
                        () ->
                                editor.delete(
                                        decision,
                                        editor.describe(decision).orElseThrow().version()))
                .isInstanceOfSatisfying(
                        DecisionWriteRefusedException.class,
                        e -> assertThat(e.decisions()).containsExactly(decision));
        // Deleting an approved artefact deletes the approval the decision states.
        assertThatThrownBy(
                        () -> editor.delete(DES138, editor.describe(Ref.parse("DES138")).version()))
                .isInstanceOf(DecisionWriteRefusedException.class);
        assertThatThrownBy(
                        () ->
                                editor.addLink(
                                        DES140,
                                        editor.describe(Ref.parse("DES140")).version(),
                                        new LinkInput("dr:approvedBy", decision)))
                .isInstanceOf(DecisionWriteRefusedException.class);
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
    }

    @Test
    void refusesAnEditMadeFromAStaleVersion() {
        ResourceDescription read = resources.describe(Ref.parse("DES138"));
        resources.addLink(DES138, read.version(), new LinkInput("dr:ownedBy", "Smart"));
        Graph before = GraphAssertions.contents(registry);

        assertThatThrownBy(() -> resources.delete(DES138, read.version()))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining(read.version());
        GraphAssertions.assertIsomorphic(before, GraphAssertions.contents(registry));
    }

    @Test
    void changesTheVersionWhenAnotherResourceLinksToIt() {
        String before = resources.describe(Ref.parse("BP001")).version();
        ResourceDescription des140 = resources.describe(Ref.parse("DES140"));

        resources.addLink(DES140, des140.version(), new LinkInput("oslc_rm:specifies", "BP001"));

        assertThat(resources.describe(Ref.parse("BP001")).version()).isNotEqualTo(before);
    }

    @Test
    void addsAndRemovesLinks() {
        ResourceDescription des140 = resources.describe(Ref.parse("DES140"));

        ResourceDescription linked =
                resources.addLink(
                        DES140, des140.version(), new LinkInput("dr:ownedBy", "Registrations"));
        assertThat(linked.outgoing())
                .filteredOn(g -> g.relation().name().equals("dr:ownedBy"))
                .flatExtracting(LinkGroup::resources)
                .extracting(l -> l.resource().identifier())
                .containsExactly("Registrations", "Smart");

        ResourceDescription unlinked =
                resources.removeLink(
                        DES140, linked.version(), new LinkInput("dr:ownedBy", "Smart"));
        assertThat(unlinked.outgoing())
                .filteredOn(g -> g.relation().name().equals("dr:ownedBy"))
                .flatExtracting(LinkGroup::resources)
                .extracting(l -> l.resource().identifier())
                .containsExactly("Registrations");
        assertThatThrownBy(
                        () ->
                                resources.removeLink(
                                        DES140,
                                        unlinked.version(),
                                        new LinkInput("dr:ownedBy", "Smart")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deletesAResourceWithTheLinksToIt() {
        ResourceDescription des140 = resources.describe(Ref.parse("DES140"));

        resources.delete(DES140, des140.version());

        assertThat(resources.describe(DES140)).isEmpty();
        assertThat(
                        registry.<Boolean>read(
                                m ->
                                        m.getGraph()
                                                .contains(
                                                        Node.ANY,
                                                        Node.ANY,
                                                        NodeFactory.createURI(DES140))))
                .isFalse();
    }

    @Test
    void refusesToDeleteWhatOthersNeed() {
        ResourceDescription smart = resources.describe(Ref.parse("workstream:Smart"));

        assertThatThrownBy(() -> resources.delete(smart.iri(), smart.version()))
                .isInstanceOfSatisfying(
                        ShapeViolationException.class,
                        e ->
                                assertThat(e.report().violations())
                                        .extracting(Violation::focusNode)
                                        .containsOnly(DES140));
        assertThat(resources.describe(smart.iri())).isPresent();
    }

    @Test
    void givesAnInstanceOfASubclassTheKindOfTheNearestClassAboveIt() {
        registry.loadSources(List.of(RdfSource.classpath("resource/subclasses.ttl")));

        ResourceDescription spec1 = resources.describe(BASE + "artefact/SPEC1").orElseThrow();
        assertThat(spec1.kind()).contains(Ref.Kind.ARTEFACT);
        assertThat(spec1.ref()).map(Ref::toString).contains("artefact:SPEC1");
        assertThat(resources.list(ResourceQuery.of(Ref.Kind.ARTEFACT)).items())
                .filteredOn(s -> s.identifier().equals("SPEC1"))
                .extracting(ResourceSummary::kind)
                .containsExactly(Optional.of(Ref.Kind.ARTEFACT));
    }

    @Test
    void givesABodyStatedToBeAnOrganisationTooTheBodyKind() {
        registry.loadSources(List.of(RdfSource.classpath("resource/subclasses.ttl")));

        assertThat(resources.list(ResourceQuery.of(Ref.Kind.BODY)).items())
                .filteredOn(s -> s.identifier().equals("WG9"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).contains(Ref.Kind.BODY))
                .satisfies(s -> assertThat(s.type().name()).isEqualTo("dr:GoverningBody"));
    }

    @Test
    void namesTheMostSpecificTypeOfALinkedResource() {
        registry.loadSources(List.of(RdfSource.classpath("resource/subclasses.ttl")));

        LinkGroup dependants =
                resources.describe(DES138).orElseThrow().incoming().stream()
                        .filter(g -> g.relation().name().equals("dr:dependsOn"))
                        .findFirst()
                        .orElseThrow();
        assertThat(dependants.resources())
                .filteredOn(l -> l.resource().identifier().equals("SPEC2"))
                .singleElement()
                .satisfies(
                        l ->
                                assertThat(l.resource().typeIri())
                                        .isEqualTo("https://example.test/vocab#Specification"))
                .satisfies(l -> assertThat(l.type().label()).isEqualTo("specification"));
    }

    private List<String> ids(ResourceQuery query) {
        return resources.list(query).items().stream().map(ResourceSummary::identifier).toList();
    }

    private static Optional<String> labelOf(Graph graph, String iri) {
        return graph.stream(NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY)
                .map(t -> t.getObject().getLiteralLexicalForm())
                .findFirst();
    }

    private static ResourceDraft newArtefact(String identifier) {
        return new ResourceDraft(
                Optional.of(Ref.Kind.ARTEFACT),
                Optional.of(identifier),
                identifier + " Test artefact",
                List.of(
                        PropertyInput.literal("dcterms:title", "Test artefact"),
                        PropertyInput.iri("dr:artefactType", "drtype:ProcessList"),
                        PropertyInput.iri("dr:status", "drstatus:Draft")),
                List.of(
                        new LinkInput("dr:ownedBy", "workstream:Smart"),
                        new LinkInput("dr:dependsOn", "artefact:DES138")));
    }
}
