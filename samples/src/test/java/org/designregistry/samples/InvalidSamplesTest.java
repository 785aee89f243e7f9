package org.designregistry.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.designregistry.ontology.RegistryOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code samples/invalid/} breaks one integrity rule. Its header names the shapes it
 * violates, one per line, before the first line that is not a comment:
 *
 * <pre>
 * # violates: drsh:OwnerShape
 * # A design artefact with no owning workstream.
 * </pre>
 *
 * <p>Validation, as in the registry, runs the shapes over the union of the sample and the terms.
 */
class InvalidSamplesTest {

    private static final String FOLDER = "samples/invalid";
    private static final String BASE = "https://registry.example/id/";
    private static final Pattern VIOLATES = Pattern.compile("^#\\s*violates:\\s*(\\S+)\\s*$");

    private static final Graph SHAPES_GRAPH = RegistryOntology.shapes();
    private static final Model SHAPES_MODEL = ModelFactory.createModelForGraph(SHAPES_GRAPH);
    private static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void isRejectedByExactlyTheShapesNamedInItsHeader(String file) {
        Set<String> declared = declaredViolations(file);
        assertThat(declared).as("'# violates:' lines in the header of %s", file).isNotEmpty();

        ValidationReport report = validate(file);

        assertThat(report.conforms()).as("%s conforms", file).isFalse();
        assertThat(sources(report))
                .as("shapes violated by %s%n%s", file, print(report))
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void reportsTheMessageOfTheViolatedShape(String file) {
        for (ReportEntry entry : validate(file).getEntries()) {
            assertThat(entry.message())
                    .as("message of %s in %s", entry.source(), file)
                    .isEqualTo(messageOf(SHAPES_MODEL.wrapAsResource(entry.source())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void namesItsResourcesUnderTheExampleRegistry(String file) {
        List<String> outside =
                parse(file).listSubjects().toList().stream()
                        .filter(s -> !s.isURIResource() || !s.getURI().startsWith(BASE))
                        .map(Resource::toString)
                        .toList();

        assertThat(outside).as("subjects of %s outside %s", file, BASE).isEmpty();
    }

    @Test
    void everyShapeThatCanReportIsExercisedBySomeSample() {
        Set<String> exercised = new TreeSet<>();
        invalidSamples().forEach(file -> exercised.addAll(sources(validate(file))));

        assertThat(exercised).containsAll(reportingShapes());
    }

    @Test
    void everyMessageIsShownBySomeSample() {
        Set<String> shown = new TreeSet<>();
        invalidSamples()
                .forEach(file -> validate(file).getEntries().forEach(e -> shown.add(e.message())));

        Set<String> messages = new TreeSet<>();
        for (String shape : reportingShapes()) {
            messages.add(messageOf(SHAPES_MODEL.createResource(shape)));
        }
        assertThat(messages).hasSizeGreaterThan(40);
        assertThat(shown).containsAll(messages);
    }

    /** Returns the classpath names of the invalid samples, sorted. */
    static Stream<String> invalidSamples() {
        URL folder = InvalidSamplesTest.class.getClassLoader().getResource(FOLDER);
        assertThat(folder).as("classpath folder %s", FOLDER).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<String> names =
                    files.map(p -> p.getFileName().toString())
                            .filter(name -> name.endsWith(".ttl"))
                            .sorted()
                            .map(name -> FOLDER + "/" + name)
                            .toList();
            assertThat(names).as("samples in %s", FOLDER).isNotEmpty();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the full IRIs of the shapes named by the file's {@code # violates:} header lines. */
    private static Set<String> declaredViolations(String file) {
        Set<String> shapes = new LinkedHashSet<>();
        for (String line : read(file).lines().takeWhile(l -> l.startsWith("#")).toList()) {
            Matcher matcher = VIOLATES.matcher(line);
            if (matcher.matches()) {
                String iri = SHAPES_GRAPH.getPrefixMapping().expandPrefix(matcher.group(1));
                assertThat(SHAPES.getShapeMap())
                        .as("shape %s named in %s", matcher.group(1), file)
                        .containsKey(SHAPES_MODEL.createResource(iri).asNode());
                shapes.add(iri);
            }
        }
        return shapes;
    }

    /**
     * The shapes whose results carry their own name: the target shapes and the property shapes they
     * reach through sh:property, when they hold constraints of their own. Shapes used only through
     * sh:node or sh:or report under the shape that uses them.
     */
    private static Set<String> reportingShapes() {
        Set<String> result = new TreeSet<>();
        List<Shape> todo = new ArrayList<>(SHAPES.getTargetShapes());
        while (!todo.isEmpty()) {
            Shape shape = todo.remove(0);
            if (!shape.getConstraints().isEmpty()) {
                assertThat(shape.getShapeNode().isURI()).as("%s is named", shape).isTrue();
                result.add(shape.getShapeNode().getURI());
            }
            todo.addAll(shape.getPropertyShapes());
        }
        return result;
    }

    private static String messageOf(Resource shape) {
        Statement message = shape.getProperty(SHACLM.message);
        assertThat(message).as("sh:message of %s", shape).isNotNull();
        return message.getString();
    }

    private static Set<String> sources(ValidationReport report) {
        Set<String> sources = new TreeSet<>();
        report.getEntries().forEach(e -> sources.add(e.source().getURI()));
        return sources;
    }

    private static ValidationReport validate(String file) {
        Model union = RegistryOntology.terms().add(parse(file));
        return ShaclValidator.get().validate(SHAPES, union.getGraph());
    }

    private static Model parse(String file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(read(file), Lang.TURTLE).parse(model);
        return model;
    }

    private static String read(String file) {
        try (InputStream in = InvalidSamplesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String print(ValidationReport report) {
        return RDFWriter.source(report.getModel()).lang(Lang.TURTLE).asString();
    }
}
