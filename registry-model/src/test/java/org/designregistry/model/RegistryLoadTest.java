package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.GraphAssertions.assertIsomorphic;
import static org.designregistry.model.GraphAssertions.contents;
import static org.designregistry.model.GraphAssertions.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryLoadTest {

    private final Registry registry = Registries.createInMemory();

    @AfterEach
    void close() {
        registry.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"design.ttl", "design.nt", "design.jsonld", "design.rdf"})
    void loadsEachSyntaxChosenByExtension(String name) throws Exception {
        LoadResult result = registry.load(List.of(file(name)));

        assertIsomorphic(resource("load/design.ttl"), contents(registry));
        assertThat(result.triplesRead()).isEqualTo(15);
        assertThat(result.triplesAdded()).isEqualTo(15);
        assertThat(result.sizeAfter()).isEqualTo(15);
        assertThat(result.sources()).containsExactly(file(name).toString());
    }

    @Test
    void countsOnlyNewTriplesAsAdded() throws Exception {
        registry.load(List.of(file("design.ttl")));

        LoadResult again = registry.load(List.of(file("design.nt"), file("more.ttl")));

        // The N-Triples file repeats design.ttl except for its blank node, which is a new node.
        assertThat(again.triplesRead()).isEqualTo(15 + 2);
        assertThat(again.triplesAdded()).isEqualTo(3 + 2);
        assertThat(again.sizeAfter()).isEqualTo(registry.size()).isEqualTo(15 + 3 + 2);
    }

    @Test
    void loadsTheDefaultGraphOfTrig() throws Exception {
        registry.load(List.of(file("design.trig")));

        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void keepsNamedGraphsBesideTheRegistryGraph() throws Exception {
        LoadResult result = registry.load(List.of(file("more.ttl"), file("named-graph.trig")));

        Node extra = NodeFactory.createURI("https://registry.test/graph/extra");
        Node advanced = NodeFactory.createURI("https://registry.test/id/workstream/advanced");
        // The TriG file's default graph repeats more.ttl; its named graph is new.
        assertThat(result.triplesRead()).isEqualTo(2 + 2 + 2);
        assertThat(result.triplesAdded()).isEqualTo(2 + 2);
        assertThat(result.sizeAfter()).isEqualTo(registry.size()).isEqualTo(2);
        Txn.executeRead(
                registry.dataset(),
                () -> {
                    assertThat(registry.dataset().getGraph(extra).size()).isEqualTo(2);
                    assertThat(
                                    registry.dataset()
                                            .getDefaultGraph()
                                            .contains(advanced, Node.ANY, Node.ANY))
                            .isFalse();
                });
    }

    @Test
    void parseErrorNamesFileLineAndColumn() throws Exception {
        Path broken = file("broken.ttl");

        assertThatThrownBy(() -> registry.load(List.of(broken)))
                .isInstanceOfSatisfying(
                        RdfParseException.class,
                        e -> {
                            assertThat(e.source()).isEqualTo(broken.toString());
                            assertThat(e.line()).isEqualTo(7);
                            assertThat(e.column()).isEqualTo(5);
                        })
                .hasMessageStartingWith(broken + ":7:5: ")
                .hasMessageContaining("ex");
    }

    @Test
    void failedLoadLeavesTheStoreUnchanged() throws Exception {
        registry.load(List.of(file("design.ttl")));
        Graph before = contents(registry);

        assertThatThrownBy(() -> registry.load(List.of(file("more.ttl"), file("broken.ttl"))))
                .isInstanceOf(RdfParseException.class);

        assertIsomorphic(before, contents(registry));
    }

    @Test
    void rejectsAnUnknownExtensionNamingTheFileAndTheAcceptedOnes(@TempDir Path dir)
            throws IOException {
        Path odd = Files.writeString(dir.resolve("design.xyz"), "");

        assertThatThrownBy(() -> registry.load(List.of(odd)))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(odd.toString())
                .hasMessageContaining("unknown RDF file extension")
                .hasMessageContaining(".ttl")
                .hasMessageContaining(".jsonld")
                .hasMessageContaining(".rdf");
    }

    @Test
    void rejectsAMissingFileWithoutChangingTheStore(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.ttl");

        assertThatThrownBy(() -> registry.load(List.of(file("more.ttl"), missing)))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");
        assertThat(registry.isEmpty()).isTrue();
    }

    @Test
    void loadsFromAStreamWithoutClosingIt() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in =
                new ByteArrayInputStream(
                        "<https://registry.test/a> <https://registry.test/p> \"x\" ."
                                .getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public void close() {
                        closed.set(true);
                    }
                };

        LoadResult result = registry.load(in, RdfFormat.N_TRIPLES, "upload.nt");

        assertThat(result.sources()).containsExactly("upload.nt");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(closed).isFalse();
    }

    @Test
    void streamParseErrorNamesTheStream() {
        InputStream in = new ByteArrayInputStream("<a> <b> .".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> registry.load(in, RdfFormat.TURTLE, "upload.ttl"))
                .isInstanceOfSatisfying(
                        RdfParseException.class,
                        e -> assertThat(e.source()).isEqualTo("upload.ttl"))
                .hasMessageStartingWith("upload.ttl:1:");
    }

    @Test
    void jsonLdParseErrorNamesTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonld"), "{ \"@id\": ");

        assertThatThrownBy(() -> registry.load(List.of(bad)))
                .isInstanceOfSatisfying(
                        RdfParseException.class,
                        e -> assertThat(e.source()).isEqualTo(bad.toString()));
        assertThat(registry.isEmpty()).isTrue();
    }

    @Test
    void rdfXmlParseErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path bad =
                Files.writeString(
                        dir.resolve("bad.rdf"),
                        "<?xml version=\"1.0\"?>\n"
                                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                                + "  <rdf:Description rdf:about=\"https://registry.test/a\">\n"
                                + "  </rdf:RDF>\n");

        assertThatThrownBy(() -> registry.load(List.of(bad)))
                .isInstanceOfSatisfying(
                        RdfParseException.class,
                        e -> {
                            assertThat(e.source()).isEqualTo(bad.toString());
                            assertThat(e.line()).isEqualTo(4);
                        });
    }

    @Test
    void loadsClasspathSources() {
        registry.loadSources(
                List.of(
                        RdfSource.classpath("load/design.ttl"),
                        RdfSource.classpath("load/more.ttl")));

        assertThat(registry.size()).isEqualTo(15 + 2);
    }

    @Test
    void rejectsUseAfterClose() {
        Registry closed = Registries.createInMemory();
        closed.close();

        assertThatThrownBy(closed::size)
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("closed");
    }

    static Path file(String name) throws URISyntaxException {
        return Path.of(RegistryLoadTest.class.getClassLoader().getResource("load/" + name).toURI());
    }
}
