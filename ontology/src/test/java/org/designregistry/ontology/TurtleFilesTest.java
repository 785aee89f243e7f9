package org.designregistry.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TurtleFilesTest {

    @ParameterizedTest
    @MethodSource("turtleFiles")
    void everyTurtleFileUnderOntologyParses(String resource) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            RDFParser.source(in).lang(Lang.TURTLE).base(resource).parse(model);
        }
        assertThat(model.size()).as("triples in %s", resource).isPositive();
    }

    @Test
    void registryOntologyListsEveryShapesFile() {
        List<String> shapesFiles =
                turtleFiles().filter(f -> f.startsWith("ontology/shapes/")).toList();
        assertThat(RegistryOntology.SHAPES).containsExactlyInAnyOrderElementsOf(shapesFiles);
    }

    @Test
    void registryOntologyPointsAtFilesThatExist() {
        assertThat(turtleFiles())
                .contains(RegistryOntology.ONTOLOGY, RegistryOntology.VOCABULARIES)
                .containsAll(RegistryOntology.SHAPES);
    }

    /** Returns the classpath names of the Turtle files under {@code ontology/}, sorted. */
    static Stream<String> turtleFiles() {
        URL root = RegistryOntology.class.getClassLoader().getResource("ontology");
        assertThat(root).as("classpath folder ontology/").isNotNull();
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            Path base = Path.of(root.toURI()).getParent();
            return files
                    .filter(p -> p.toString().endsWith(".ttl"))
                    .map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
