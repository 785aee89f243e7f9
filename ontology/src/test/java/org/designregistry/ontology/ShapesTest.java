package org.designregistry.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class ShapesTest {

    /** The shapes namespace: shapes are not ontology terms, so they live outside {@code dr:}. */
    private static final String DRSH = "https://w3id.org/design-registry/shapes#";

    /**
     * The W3C "SHACL for SHACL" shapes graph (appendix C of the SHACL Recommendation), which
     * jena-shacl ships on the classpath.
     */
    private static final String SHACL_FOR_SHACL = "std/shacl-shacl.ttl";

    private final Graph shapesGraph = RegistryOntology.shapes();
    private final Model shapesModel = ModelFactory.createModelForGraph(shapesGraph);
    private final Shapes shapes = Shapes.parse(shapesGraph);

    @Test
    void shapesGraphIsValidAgainstShaclForShacl() {
        ValidationReport report = ShaclValidator.get().validate(shaclForShacl(), shapesGraph);

        assertThat(report.conforms()).as(() -> print(report)).isTrue();
    }

    @Test
    void shaclForShaclRejectsAMalformedShape() {
        Graph malformed =
                RDFParser.fromString(
                                """
                                @prefix sh: <http://www.w3.org/ns/shacl#> .
                                <urn:x:shape> a sh:PropertyShape ; sh:path <urn:x:p> ; sh:minCount "one" .
                                """,
                                Lang.TURTLE)
                        .toGraph();

        assertThat(ShaclValidator.get().validate(shaclForShacl(), malformed).conforms()).isFalse();
    }

    @Test
    void everyShapesFileParsesAsShapesAlongsideTheSharedShapes() {
        assertThat(shapes.getTargetShapes()).hasSizeGreaterThanOrEqualTo(15);
        String shared = RegistryOntology.SHAPES.get(0);
        assertThat(shared).endsWith("/common-shapes.ttl");

        for (String file : RegistryOntology.SHAPES) {
            Shapes parsed =
                    Shapes.parse(
                            RegistryOntology.read(Stream.of(shared, file).distinct().toList()));
            assertThat(parsed.numRootShapes()).as("target shapes of %s", file).isPositive();
        }
    }

    @Test
    void everyPropertyShapeIsNamedAndHasPathNameAndDescription() {
        List<Resource> propertyShapes = propertyShapes();
        assertThat(propertyShapes).hasSizeGreaterThan(40);

        List<String> problems = new ArrayList<>();
        for (Resource shape : propertyShapes) {
            if (!shape.isURIResource() || !shape.getURI().startsWith(DRSH)) {
                problems.add(shape + " is not named in the drsh: namespace");
            }
            for (Property property : List.of(SHACLM.path, SHACLM.name, SHACLM.description)) {
                if (shape.listProperties(property).toList().size() != 1) {
                    problems.add(shape + " needs exactly one sh:" + property.getLocalName());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyShapeThatReportsHasAMessageThatNamesItsField() {
        List<Shape> reporting = reportingShapes();
        assertThat(reporting).hasSizeGreaterThan(40);

        List<String> problems = new ArrayList<>();
        for (Shape shape : reporting) {
            Resource node = shapesModel.wrapAsResource(shape.getShapeNode());
            List<Statement> messages = node.listProperties(SHACLM.message).toList();
            if (messages.size() != 1) {
                problems.add(node + " needs exactly one sh:message");
                continue;
            }
            String message = messages.get(0).getString();
            String field = fieldOf(node);
            if (field != null && !message.toLowerCase(Locale.ROOT).contains(field)) {
                problems.add(node + " has a message that does not name " + field + ": " + message);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void messagesSpeakInLabelsNotRdfNames() {
        Pattern prefixedName = Pattern.compile("\\b[a-z_]+:[A-Za-z]");
        List<String> conceptNames =
                RegistryOntology.vocabularies()
                        .listSubjectsWithProperty(RDF.type, SKOS.Concept)
                        .mapWith(Resource::getLocalName)
                        .filterKeep(name -> name.chars().filter(Character::isUpperCase).count() > 1)
                        .toList();
        assertThat(conceptNames).contains("AcceptSubjectToWork", "ApprovedWithConditions");

        List<String> problems = new ArrayList<>();
        List<Statement> texts =
                new ArrayList<>(
                        shapesModel.listStatements(null, SHACLM.message, (RDFNode) null).toList());
        texts.addAll(shapesModel.listStatements(null, SHACLM.description, (RDFNode) null).toList());
        for (Statement s : texts) {
            String message = s.getString();
            if (prefixedName.matcher(message).find()
                    || conceptNames.stream().anyMatch(message::contains)) {
                problems.add(s.getSubject() + ": " + message);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyNodeShapeIsNamedAndDocumented() {
        List<String> problems = new ArrayList<>();
        for (Resource shape :
                shapesModel.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList()) {
            if (!shape.isURIResource() || !shape.getURI().startsWith(DRSH)) {
                problems.add(shape + " is not named in the drsh: namespace");
            }
            if (!shape.hasProperty(RDFS.label) || !shape.hasProperty(RDFS.comment)) {
                problems.add(shape + " needs rdfs:label and rdfs:comment");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTargetClassIsAClassOfTheOntology() {
        Model ontology = RegistryOntology.ontology();

        assertThat(targetClasses())
                .isNotEmpty()
                .allSatisfy(
                        c ->
                                assertThat(
                                                ontology.contains(
                                                        ontology.wrapAsResource(c),
                                                        RDF.type,
                                                        OWL.Class))
                                        .as("%s is an owl:Class", c)
                                        .isTrue());
    }

    @Test
    void acceptsAValidRegistryWithEveryKindOfResource() {
        Model union = RegistryOntology.terms().add(validRegistry());

        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());

        assertThat(report.conforms()).as(() -> print(report)).isTrue();
        assertThat(targetClasses())
                .allSatisfy(
                        c ->
                                assertThat(instancesOf(union, union.wrapAsResource(c)))
                                        .as("instances of %s in the valid registry", c)
                                        .isNotEmpty());
    }

    @Test
    void validationNeedsTheTermsToSeeSubclassesAndSchemes() {
        ValidationReport report = ShaclValidator.get().validate(shapes, validRegistry().getGraph());

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries())
                .extracting(e -> e.source().getURI())
                .contains(DRSH + "ArtefactTypeShape", DRSH + "BodyLevelShape");
    }

    @Test
    void rejectsApprovalByABodyBelowTheApprovalLevelOfTheArtefactType() {
        Model data = validRegistry();
        Resource decision =
                data.createResource("https://registry.example/id/decision/DAG-2021-11-17-01");
        decision.removeAll(DR.madeBy);
        decision.addProperty(
                DR.madeBy, data.createResource("https://registry.example/id/body/BPRWG"));

        ValidationReport report =
                ShaclValidator.get()
                        .validate(shapes, RegistryOntology.terms().add(data).getGraph());

        assertThat(report.getEntries())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.source().getURI())
                                    .isEqualTo(DRSH + "ArtefactApprovalShape");
                            assertThat(e.focusNode().getURI()).endsWith("/artefact/DES138");
                            assertThat(e.message()).contains("approving decision");
                        });
    }

    @Test
    void rejectsAnArchiMateElementWhoseIdentifierIsNotAnXmlId() {
        Model data = validRegistry();
        Resource component =
                data.createResource("https://registry.example/id/element/id-registration-service");
        component.removeAll(DCTerms.identifier);
        component.addProperty(DCTerms.identifier, "1 registration service");

        ValidationReport report =
                ShaclValidator.get()
                        .validate(shapes, RegistryOntology.terms().add(data).getGraph());

        assertThat(report.getEntries())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.source().getURI())
                                    .isEqualTo(DRSH + "ArchiMateIdentifierShape");
                            assertThat(e.message()).contains("identifier");
                        });
    }

    @Test
    void rejectsAnArchiMateRelationToSomethingThatIsNotAnArchiMateElement() {
        Model data = validRegistry();
        data.createResource("https://registry.example/id/element/id-registration-service")
                .addProperty(
                        ArchiMate.realizes,
                        data.createResource("https://registry.example/id/artefact/DES138"));

        ValidationReport report =
                ShaclValidator.get()
                        .validate(shapes, RegistryOntology.terms().add(data).getGraph());

        assertThat(report.getEntries())
                .singleElement()
                .satisfies(
                        e ->
                                assertThat(e.source().getURI())
                                        .isEqualTo(DRSH + "ArchiMateRealizesShape"));
    }

    @Test
    void acceptsApprovalStatedFromTheArtefactAndTheBodyFromTheBody() {
        Model data = validRegistry();
        Resource artefact = data.createResource("https://registry.example/id/artefact/MHHS-DEL140");
        Resource decision =
                data.createResource("https://registry.example/id/decision/PSG-2022-01-05-01");

        assertThat(data.contains(artefact, DR.approvedBy, decision)).isTrue();
        assertThat(data.contains(null, DR.decided, decision)).isTrue();
        assertThat(conforms(data)).isTrue();

        artefact.removeAll(DR.approvedBy);
        assertThat(conforms(data)).isFalse();
    }

    private boolean conforms(Model data) {
        return ShaclValidator.get().conforms(shapes, RegistryOntology.terms().add(data).getGraph());
    }

    private Shapes shaclForShacl() {
        try (InputStream in =
                ShaclValidator.class.getClassLoader().getResourceAsStream(SHACL_FOR_SHACL)) {
            assertThat(in).as("%s on the classpath (from jena-shacl)", SHACL_FOR_SHACL).isNotNull();
            return Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Subjects of sh:path and objects of sh:property. */
    private List<Resource> propertyShapes() {
        Set<Resource> result =
                new LinkedHashSet<>(shapesModel.listSubjectsWithProperty(SHACLM.path).toList());
        shapesModel.listObjectsOfProperty(SHACLM.property).forEach(o -> result.add(o.asResource()));
        return List.copyOf(result);
    }

    /**
     * The shapes whose results carry their own name: the target shapes and the property shapes they
     * reach through sh:property, when they hold constraints of their own. Shapes used only through
     * sh:node or sh:or report under the shape that uses them.
     */
    private List<Shape> reportingShapes() {
        Set<Shape> result = new LinkedHashSet<>();
        List<Shape> todo = new ArrayList<>(shapes.getTargetShapes());
        while (!todo.isEmpty()) {
            Shape shape = todo.remove(0);
            if (!shape.getConstraints().isEmpty()) {
                result.add(shape);
            }
            todo.addAll(shape.getPropertyShapes());
        }
        return List.copyOf(result);
    }

    /**
     * Returns the name a person reads for a property shape's field, its {@code sh:name} in lower
     * case, or null if it has none.
     */
    private String fieldOf(Resource shape) {
        Statement name = shape.getProperty(SHACLM.name);
        return name == null ? null : name.getString().toLowerCase(Locale.ROOT);
    }

    private List<Node> targetClasses() {
        return shapes.getTargetShapes().stream()
                .flatMap(s -> s.getTargets().stream())
                .filter(t -> t.getTargetType() == TargetType.targetClass)
                .map(Target::getObject)
                .distinct()
                .toList();
    }

    private static List<Resource> instancesOf(Model model, Resource type) {
        List<Resource> result =
                new ArrayList<>(model.listSubjectsWithProperty(RDF.type, type).toList());
        for (Resource sub : model.listSubjectsWithProperty(RDFS.subClassOf, type).toList()) {
            result.addAll(instancesOf(model, sub));
        }
        return result;
    }

    private static Model validRegistry() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in =
                ShapesTest.class
                        .getClassLoader()
                        .getResourceAsStream("shapes/valid-registry.ttl")) {
            assertThat(in).as("shapes/valid-registry.ttl").isNotNull();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private static String print(ValidationReport report) {
        return RDFWriter.source(report.getModel()).lang(Lang.TURTLE).asString();
    }
}
