package org.designregistry.model.archimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.imports.ItemPreview;
import org.designregistry.model.imports.ItemPreview.Outcome;
import org.designregistry.ontology.ArchiMate;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArchiMateImportTest {

    private static final String BASE = "https://registry.test/id/";

    private final List<Registry> registries = new ArrayList<>();
    private final Registry registry = open();

    @AfterEach
    void close() {
        registries.forEach(Registry::close);
    }

    @Test
    void importsEveryElementAsItsClassAndEveryRelationshipAsItsRelation() throws Exception {
        ImportPreview done = commit(registry, ExchangeReaderTest.switchingModel());

        assertThat(done.counts().get(Outcome.CREATED)).isEqualTo(ArchiMate.ELEMENT_TYPES.size());
        for (String type : ArchiMate.ELEMENT_TYPES) {
            assertThat(
                            holds(
                                    registry,
                                    m ->
                                            m.contains(
                                                    element(m, type),
                                                    RDF.type,
                                                    ArchiMate.elementClass(type))))
                    .as(type)
                    .isTrue();
        }
        for (Property relation : RelationshipTypes.ALL) {
            assertThat(holds(registry, m -> m.contains(null, relation, (Resource) null)))
                    .as(relation.getLocalName())
                    .isTrue();
        }
        assertThat(
                        holds(
                                registry,
                                m ->
                                        m.contains(
                                                element(m, "ApplicationFunction"),
                                                ArchiMate.readsWrites,
                                                element(m, "DataObject"))))
                .isTrue();
        String folder =
                registry.read(
                        m ->
                                m.getProperty(element(m, "BusinessProcess"), ArchiMate.folder)
                                        .getString());
        assertThat(folder).isEqualTo("Business / Processes");
        assertThat(registry.validate().conforms()).isTrue();
    }

    @Test
    void readsImportedElementsAsTheRegistrysOwnKindsWhereTheyAreTheSameConcept() throws Exception {
        ImportPreview done = commit(registry, ExchangeReaderTest.switchingModel());

        assertThat(done.items())
                .extracting(ItemPreview::key)
                .contains(
                        "process:id-BusinessProcess",
                        "interface:id-ApplicationInterface",
                        "data-item:id-DataObject",
                        "data-item:id-BusinessObject",
                        "event:id-BusinessEvent",
                        "requirement:id-Constraint",
                        "element:id-ApplicationComponent",
                        "element:id-BusinessRole");
        assertThat(registry.catalog().resolve(Ref.parse("process:id-BusinessProcess"))).isPresent();
        assertThat(done.items().get(0).iri()).isEqualTo(BASE + "element/id-BusinessActor");
    }

    @Test
    void reimportingAnUpdatedModelUpdatesInPlaceAndRemovesWhatItNoLongerHolds() throws Exception {
        ExchangeModel model = ExchangeReaderTest.switchingModel();
        commit(registry, model);
        String processIri = iriOf("id-BusinessProcess");
        long before = registry.size();

        ExchangeModel updated = edit(model);
        ImportPreview preview = imports(registry).preview(plan(registry, updated));

        assertThat(preview.counts())
                .containsEntry(Outcome.CREATED, 0)
                .containsEntry(Outcome.REMOVED, 1)
                .containsEntry(Outcome.UPDATED, 2)
                .containsEntry(Outcome.UNCHANGED, ArchiMate.ELEMENT_TYPES.size() - 3);
        assertThat(preview.items())
                .filteredOn(i -> i.outcome() == Outcome.UPDATED)
                .extracting(ItemPreview::key)
                .containsExactlyInAnyOrder("process:id-BusinessProcess", "event:id-BusinessEvent");
        ItemPreview process = item(preview, "process:id-BusinessProcess");
        assertThat(process.changes())
                .extracting(c -> c.property(), c -> c.before(), c -> c.after())
                .contains(
                        tuple(
                                "rdfs:label",
                                List.of("Change of Supplier"),
                                List.of("Switch Supplier")));
        assertThat(registry.size()).as("a preview changes nothing").isEqualTo(before);

        imports(registry).commit(plan(registry, updated));

        assertThat(iriOf("id-BusinessProcess")).isEqualTo(processIri);
        assertThat(
                        registry.<List<Resource>>read(
                                m ->
                                        m.listSubjectsWithProperty(
                                                        DCTerms.identifier, "id-BusinessProcess")
                                                .toList()))
                .hasSize(1);
        assertThat(
                        holds(
                                registry,
                                m ->
                                        m.listSubjectsWithProperty(DCTerms.identifier, "id-Gap")
                                                .hasNext()))
                .isFalse();
        assertThat(
                        holds(
                                registry,
                                m ->
                                        m.contains(
                                                element(m, "BusinessEvent"),
                                                ArchiMate.triggers,
                                                element(m, "BusinessProcess"))))
                .as("the relationship the update dropped")
                .isFalse();
        assertThat(imports(registry).preview(plan(registry, updated)).changesNothing()).isTrue();
    }

    @Test
    void keepsWhatTheRegistryAddedToAnElementWhenTheModelIsImportedAgain() throws Exception {
        ExchangeModel model = ExchangeReaderTest.switchingModel();
        commit(registry, model);
        registry.update(
                m ->
                        element(m, "ApplicationComponent")
                                .addProperty(DR.illustrative, m.createTypedLiteral(true)));

        ImportPreview again = imports(registry).preview(plan(registry, model));

        assertThat(again.changesNothing()).isTrue();
        assertThat(
                        holds(
                                registry,
                                m ->
                                        m.contains(
                                                element(m, "ApplicationComponent"),
                                                DR.illustrative)))
                .isTrue();
    }

    @Test
    void exportValidatesAgainstTheOpenGroupSchemaAndReimportsToTheSameGraph() throws Exception {
        commit(registry, ExchangeReaderTest.switchingModel());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ArchiMateExchange.export(
                registry, ArchiMateExport.all().onlyModel("id-switching-model"), out);

        ExchangeSchema.validate(out.toByteArray());
        Registry other = open();
        ExchangeModel exported =
                ArchiMateExchange.read(
                        new ByteArrayInputStream(out.toByteArray()), "export.xml", 10_000_000);
        assertThat(exported.identifier()).isEqualTo("id-switching-model");
        commit(other, exported);
        Graph original = registry.read(m -> copy(m).getGraph());
        Graph roundTrip = other.read(m -> copy(m).getGraph());
        assertThat(roundTrip.isIsomorphicWith(original))
                .as(() -> "expected\n" + turtle(original) + "\nbut was\n" + turtle(roundTrip))
                .isTrue();
        assertThat(imports(registry).preview(plan(registry, exported)).changesNothing()).isTrue();
    }

    @Test
    void exportsOnlyTheSelectedElementTypesAndTheRelationshipsBetweenThem() throws Exception {
        commit(registry, ExchangeReaderTest.switchingModel());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ArchiMateExchange.export(
                registry,
                ArchiMateExport.all()
                        .onlyTypes(Set.of("BusinessRole", "BusinessProcess", "BusinessActor")),
                out);

        ExchangeSchema.validate(out.toByteArray());
        ExchangeModel exported =
                ArchiMateExchange.read(
                        new ByteArrayInputStream(out.toByteArray()), "export.xml", 10_000_000);
        assertThat(exported.elements())
                .extracting(ExchangeModel.Element::type)
                .containsExactlyInAnyOrder("BusinessRole", "BusinessProcess", "BusinessActor");
        assertThat(exported.relationships())
                .extracting(ExchangeModel.Relationship::type)
                .containsExactlyInAnyOrder("Assignment", "Assignment");
    }

    private ExchangeModel edit(ExchangeModel model) {
        List<ExchangeModel.Element> elements = new ArrayList<>();
        for (ExchangeModel.Element e : model.elements()) {
            if (e.identifier().equals("id-Gap")) {
                continue;
            }
            if (e.identifier().equals("id-BusinessProcess")) {
                e =
                        new ExchangeModel.Element(
                                e.identifier(),
                                e.type(),
                                "Switch Supplier",
                                e.documentation(),
                                e.properties(),
                                e.folder());
            }
            elements.add(e);
        }
        List<ExchangeModel.Relationship> relationships =
                model.relationships().stream()
                        .filter(
                                r ->
                                        !(r.type().equals("Triggering")
                                                && r.target().equals("id-BusinessProcess")))
                        .toList();
        return new ExchangeModel(model.identifier(), model.name(), elements, relationships);
    }

    private Registry open() {
        Registry r = Registries.createInMemory();
        registries.add(r);
        return r;
    }

    static Imports imports(Registry registry) {
        return Imports.of(registry, BASE, WriteRights.unrestricted());
    }

    static ImportPlan plan(Registry registry, ExchangeModel model) {
        return ArchiMateExchange.plan(registry, model, "switching-model.xml");
    }

    static ImportPreview commit(Registry registry, ExchangeModel model) {
        return imports(registry).commit(plan(registry, model));
    }

    private String iriOf(String identifier) {
        return registry.read(
                m -> m.listSubjectsWithProperty(DCTerms.identifier, identifier).next().getURI());
    }

    static Resource element(Model m, String type) {
        return m.listSubjectsWithProperty(DCTerms.identifier, "id-" + type).next();
    }

    private static ItemPreview item(ImportPreview preview, String key) {
        return preview.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    static boolean holds(Registry registry, Function<Model, Boolean> question) {
        return registry.read(question);
    }

    private static Model copy(Model m) {
        return ModelFactory.createDefaultModel().add(m);
    }

    private static String turtle(Graph g) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, ModelFactory.createModelForGraph(g), Lang.TURTLE);
        return out.toString();
    }
}
