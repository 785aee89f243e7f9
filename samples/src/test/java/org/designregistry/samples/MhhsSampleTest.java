package org.designregistry.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;
import org.designregistry.ontology.RegistryOntology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MHHS sample registry: its manifest lists exactly its data files, they parse, they hold the
 * counts the seed gives, every invented resource is marked illustrative, and the whole conforms to
 * the registry's shapes.
 */
class MhhsSampleTest {

    private static final String MANIFEST = "samples/mhhs/manifest.ttl";
    private static final String ID = "https://registry.mhhs.example/id/";
    private static final Property DATA_DUMP =
            ResourceFactory.createProperty("http://rdfs.org/ns/void#dataDump");

    private static final Set<String> KINDS =
            Set.of(
                    "artefact",
                    "baseline",
                    "condition",
                    "recommendation",
                    "body",
                    "change-request",
                    "constituency",
                    "data-item",
                    "decision",
                    "document",
                    "event",
                    "interface",
                    "market-role",
                    "meeting",
                    "organisation",
                    "post",
                    "process",
                    "programme-role",
                    "publication",
                    "requirement",
                    "workstream");

    /** Kinds whose content is the design itself: invented unless listed in {@link #FACTS}. */
    private static final Set<String> DESIGN_KINDS =
            Set.of(
                    "artefact",
                    "baseline",
                    "change-request",
                    "data-item",
                    "decision",
                    "event",
                    "interface",
                    "process",
                    "publication",
                    "requirement");

    /** The design resources that a source states in full, so that they are not illustrative. */
    private static final Set<String> FACTS =
            Set.of(
                    ID + "data-item/DI-037",
                    ID + "event/MSAppSPRequest",
                    ID + "event/MSAppAccepted",
                    ID + "event/ReadingCos",
                    ID + "event/ReadingOnsite");

    private static Path manifest;
    private static List<Path> dumps;
    private static Model data;

    @BeforeAll
    static void load() throws URISyntaxException {
        URL url = MhhsSampleTest.class.getClassLoader().getResource(MANIFEST);
        assertThat(url).as("classpath resource %s", MANIFEST).isNotNull();
        manifest = Path.of(url.toURI());
        Model manifestModel = RDFParser.source(manifest).lang(Lang.TURTLE).toModel();
        dumps = new ArrayList<>();
        manifestModel
                .listObjectsOfProperty(DATA_DUMP)
                .forEach(dump -> dumps.add(Path.of(URI.create(dump.asResource().getURI()))));
        data = ModelFactory.createDefaultModel();
        for (Path dump : dumps) {
            if (Files.isRegularFile(dump)) {
                RDFParser.source(dump).lang(Lang.TURTLE).parse(data);
            }
        }
    }

    @Test
    void manifestListsEveryDataFileInTheFolderAndNothingElse() throws IOException {
        Set<Path> files = new TreeSet<>();
        try (Stream<Path> listing = Files.list(manifest.getParent())) {
            listing.filter(path -> !path.equals(manifest)).forEach(files::add);
        }

        assertThat(dumps).allSatisfy(dump -> assertThat(dump).isRegularFile());
        assertThat(new TreeSet<>(dumps)).isEqualTo(files).hasSize(dumps.size());
    }

    @Test
    void everyListedFileParsesAsTurtle() {
        assertThat(dumps).hasSizeGreaterThanOrEqualTo(5);
        for (Path dump : dumps) {
            // A file that does not parse throws RiotException, naming the line and column.
            Model model = RDFParser.source(dump).lang(Lang.TURTLE).toModel();
            assertThat(model.size()).as("triples in %s", dump.getFileName()).isPositive();
        }
    }

    @Test
    void holdsExactly120BusinessProcesses() {
        assertThat(instances(DR.BusinessProcess)).hasSize(120);
    }

    @Test
    void holdsExactlyOneArtefactForEachOfThe35ArtefactTypes() {
        Model vocabularies = RegistryOntology.vocabularies();
        List<Resource> types =
                vocabularies.listSubjectsWithProperty(SKOS.inScheme, DR.ArtefactTypes).toList();
        Map<String, Integer> artefactsPerType = new TreeMap<>();
        for (Resource type : types) {
            artefactsPerType.put(
                    type.getLocalName(),
                    data.listSubjectsWithProperty(DR.artefactType, type).toList().size());
        }

        assertThat(types).hasSize(35);
        assertThat(artefactsPerType.values()).as(artefactsPerType.toString()).containsOnly(1);
        assertThat(instances(DR.DesignArtefact)).hasSize(35);
    }

    @Test
    void holdsTheFiveWorkstreams() {
        assertThat(instances(DR.Workstream).stream().map(MhhsSampleTest::label))
                .containsExactlyInAnyOrder(
                        "Smart",
                        "Advanced",
                        "Unmetered Supplies (UMS)",
                        "Registrations",
                        "Elexon Central Systems");
    }

    @Test
    void holdsAtLeast60InterfacesAnd150DataItems() {
        assertThat(instances(DR.Interface)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(instances(DR.DataItem)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(instances(DR.Publication)).isNotEmpty();
        assertThat(instances(DR.Event)).isNotEmpty();
    }

    @Test
    void holdsAtLeast60RequirementsAndLeavesSomeUnsatisfied() {
        List<Resource> requirements = new ArrayList<>(instances(DR.FunctionalRequirement));
        requirements.addAll(instances(DR.NonFunctionalRequirement));

        assertThat(requirements).hasSizeGreaterThanOrEqualTo(60);
        assertThat(requirements)
                .filteredOn(requirement -> !requirement.hasProperty(OSLCRM.satisfiedBy))
                .as("coverage gaps kept on purpose")
                .isNotEmpty()
                .hasSizeLessThan(requirements.size() / 4);
    }

    @Test
    void usesEveryInterfaceInAProcessAndGivesItDataItems() {
        assertThat(instances(DR.Interface))
                .allSatisfy(
                        iface -> {
                            assertThat(data.listSubjectsWithProperty(DR.uses, iface).toList())
                                    .as("processes using %s", iface)
                                    .isNotEmpty();
                            assertThat(iface.listProperties(DR.carries).toList())
                                    .as("data items of %s", iface)
                                    .hasSizeGreaterThanOrEqualTo(2);
                        });
    }

    @Test
    void carriesGspGroupIdOnAtLeastThreeInterfaces() {
        Resource gspGroupId = data.createResource(ID + "data-item/DI-037");

        assertThat(label(gspGroupId)).isEqualTo("GSP Group ID");
        assertThat(gspGroupId.getProperty(DR.dataFormat).getString()).isEqualTo("CHAR(2)");
        assertThat(data.listSubjectsWithProperty(DR.carries, gspGroupId).toList())
                .filteredOn(carrier -> carrier.hasProperty(RDF.type, DR.Interface))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void recordsTheVerifiedInterfaceFacts() {
        Resource if033 = data.createResource(ID + "interface/IF-033");
        Resource if035 = data.createResource(ID + "interface/IF-035");
        Resource if041 = data.createResource(ID + "interface/IF-041");

        assertThat(if033.hasProperty(DR.sentBy, role("REGS"))).isTrue();
        assertThat(if033.hasProperty(DR.receivedBy, role("MSS"))).isTrue();
        assertThat(if033.hasProperty(DR.triggeredBy, event("MSAppSPRequest"))).isTrue();
        assertThat(if035.hasProperty(DR.triggeredBy, event("MSAppAccepted"))).isTrue();
        assertThat(
                        data.createResource(ID + "publication/PUB-035")
                                .hasProperty(DR.publicationOf, if035))
                .isTrue();
        assertThat(if041.hasProperty(DR.receivedBy, role("Smart-Data-Service"))).isTrue();
        assertThat(if041.listProperties(DR.triggeredBy).mapWith(Statement::getObject).toList())
                .containsExactlyInAnyOrder(event("ReadingCos"), event("ReadingOnsite"));
    }

    @Test
    void asksTheFirstDagToApproveItsTermsOfReferenceWithPublicationDueInTenWorkingDays() {
        Resource meeting = data.createResource(ID + "meeting/DAG-2021-11-17");
        List<Resource> decisions = data.listSubjectsWithProperty(DR.madeAt, meeting).toList();

        assertThat(decisions).hasSize(2);
        assertThat(decisions)
                .allSatisfy(
                        decision -> {
                            assertThat(date(decision, DCTerms.date))
                                    .isEqualTo(LocalDate.of(2021, 11, 17));
                            assertThat(date(decision, DR.publicationDue))
                                    .isEqualTo(LocalDate.of(2021, 12, 1));
                        });
        assertThat(decisions.stream().flatMap(d -> d.listProperties(DR.approves).toList().stream()))
                .extracting(s -> s.getResource().getURI())
                .containsExactlyInAnyOrder(
                        ID + "document/DAG-ToR",
                        ID + "document/BPRWG-ToR",
                        ID + "document/TDWG-ToR");
    }

    @Test
    void marksEveryInventedDesignResourceIllustrative() {
        List<String> unmarked = new ArrayList<>();
        for (Resource resource : registryResources()) {
            String kind = kind(resource);
            if (DESIGN_KINDS.contains(kind)
                    && !FACTS.contains(resource.getURI())
                    && !illustrative(resource)) {
                unmarked.add(resource.getURI());
            }
        }

        assertThat(unmarked).as("invented design resources without dr:illustrative true").isEmpty();
    }

    @Test
    void sourcesEveryResourceThatIsNotIllustrative() {
        assertThat(registryResources())
                .filteredOn(resource -> !illustrative(resource))
                .allSatisfy(
                        resource ->
                                assertThat(resource.hasProperty(DCTerms.source))
                                        .as("dcterms:source of fact %s", resource)
                                        .isTrue());
        assertThat(FACTS)
                .allSatisfy(
                        fact -> {
                            Resource resource = data.createResource(fact);
                            assertThat(resource.hasProperty(RDF.type)).as(fact).isTrue();
                            assertThat(illustrative(resource)).as(fact).isFalse();
                        });
    }

    @Test
    void namesEveryResourceByItsKindAndIdentifier() {
        assertThat(registryResources())
                .allSatisfy(
                        resource -> {
                            String path = resource.getURI().substring(ID.length());
                            String identifier = path.substring(path.indexOf('/') + 1);
                            assertThat(KINDS).contains(kind(resource));
                            assertThat(resource.listProperties(DCTerms.identifier).toList())
                                    .extracting(Statement::getString)
                                    .as("dcterms:identifier of %s", resource)
                                    .containsExactly(identifier);
                            assertThat(resource.listProperties(RDFS.label).toList())
                                    .as("rdfs:label of %s", resource)
                                    .hasSize(1);
                        });
    }

    @Test
    void refersOnlyToResourcesItDeclares() {
        Set<String> dangling = new TreeSet<>();
        data.listStatements()
                .forEach(
                        statement -> {
                            RDFNode object = statement.getObject();
                            if (object.isURIResource()
                                    && object.asResource().getURI().startsWith(ID)
                                    && !object.asResource().hasProperty(RDF.type)) {
                                dangling.add(object.asResource().getURI());
                            }
                        });

        assertThat(dangling).isEmpty();
    }

    @Test
    void conformsToTheRegistryShapes() {
        Model union = ModelFactory.createDefaultModel().add(data).add(RegistryOntology.terms());

        ValidationReport report =
                ShaclValidator.get().validate(RegistryOntology.shapes(), union.getGraph());

        assertThat(report.conforms())
                .withFailMessage(
                        "The MHHS sample does not conform to the shapes:%n%s",
                        RDFWriter.source(report.getModel()).lang(Lang.TURTLE).asString())
                .isTrue();
    }

    private static List<Resource> instances(Resource type) {
        return data.listSubjectsWithProperty(RDF.type, type).toList();
    }

    /** Every typed subject in the sample's namespace. */
    private static List<Resource> registryResources() {
        return data.listSubjectsWithProperty(RDF.type)
                .filterKeep(subject -> subject.isURIResource() && subject.getURI().startsWith(ID))
                .toList();
    }

    private static String kind(Resource resource) {
        String path = resource.getURI().substring(ID.length());
        return path.substring(0, Math.max(path.indexOf('/'), 0));
    }

    private static boolean illustrative(Resource resource) {
        Statement flag = resource.getProperty(DR.illustrative);
        return flag != null && flag.getObject().isLiteral() && flag.getBoolean();
    }

    private static String label(Resource resource) {
        return resource.getProperty(RDFS.label).getString();
    }

    private static LocalDate date(Resource resource, Property property) {
        Literal literal = resource.getProperty(property).getLiteral();
        assertThat(literal.getDatatypeURI()).isEqualTo(XSD.date.getURI());
        return LocalDate.parse(literal.getLexicalForm());
    }

    private static Resource role(String key) {
        return data.createResource(ID + "market-role/" + key);
    }

    private static Resource event(String code) {
        return data.createResource(ID + "event/" + code);
    }
}
