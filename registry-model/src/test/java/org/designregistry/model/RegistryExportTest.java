package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.GraphAssertions.assertIsomorphic;
import static org.designregistry.model.GraphAssertions.contents;
import static org.designregistry.model.GraphAssertions.parse;
import static org.designregistry.model.GraphAssertions.resource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegistryExportTest {

    private static final Node EXTRA = NodeFactory.createURI("https://registry.test/graph/extra");

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("export/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportParsesBackToTheSameGraph(RdfFormat format) {
        byte[] exported = export(format);

        assertIsomorphic(resource("export/registry.ttl"), parse(exported, format.lang()));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportLoadsIntoAnotherRegistryUnchanged(RdfFormat format) {
        byte[] exported = export(format);

        try (Registry copy = Registries.createInMemory()) {
            copy.load(
                    new ByteArrayInputStream(exported), format, "export." + format.fileExtension());

            assertIsomorphic(contents(registry), contents(copy));
        }
    }

    @Test
    void turtleExportDeclaresStandardAndDataPrefixes() {
        Graph exported = parse(export(RdfFormat.TURTLE), RdfFormat.TURTLE.lang());

        assertThat(exported.getPrefixMapping().getNsPrefixMap())
                .containsAllEntriesOf(RegistryPrefixes.asMap())
                .containsEntry("process", "https://registry.test/id/process/");
    }

    @Test
    void turtleExportIsPrettyAndUsesThePrefixes() {
        String turtle = new String(export(RdfFormat.TURTLE), StandardCharsets.UTF_8);

        assertThat(turtle)
                .contains("process:BP009")
                .contains("dr:BusinessProcess")
                .doesNotContain("<https://w3id.org/design-registry#BusinessProcess>");
    }

    @Test
    void exportOfAnEmptyRegistryIsAnEmptyGraph() {
        try (Registry empty = Registries.createInMemory()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            empty.export(out, RdfFormat.N_TRIPLES);

            assertThat(out.size()).isZero();
        }
    }

    @Test
    void formatsHaveShortNamesAndExtensions() {
        assertThat(RdfFormat.fromShortName("RDFXML")).isEqualTo(RdfFormat.RDF_XML);
        assertThat(RdfFormat.RDF_XML.fileExtension()).isEqualTo("rdf");
        assertThat(RdfFormat.JSON_LD.mediaType()).isEqualTo("application/ld+json");
        assertThatThrownBy(() -> RdfFormat.fromShortName("yaml"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("ttl, nt, jsonld, rdfxml, trig, nq");
    }

    @ParameterizedTest
    @EnumSource(
            value = RdfFormat.class,
            names = {"TRIG", "N_QUADS"})
    void quadExportHoldsTheNamedGraphsAndLoadsBackWithThem(RdfFormat format) {
        registry.loadSources(List.of(RdfSource.classpath("load/named-graph.trig")));
        byte[] exported = export(format);

        try (Registry copy = Registries.createInMemory()) {
            copy.load(
                    new ByteArrayInputStream(exported), format, "export." + format.fileExtension());

            assertIsomorphic(contents(registry), contents(copy));
            Graph original = Txn.calculateRead(registry.dataset(), () -> copyOf(registry, EXTRA));
            Graph restored = Txn.calculateRead(copy.dataset(), () -> copyOf(copy, EXTRA));
            assertThat(original.size()).isEqualTo(2);
            assertIsomorphic(original, restored);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = RdfFormat.class,
            names = {"TURTLE", "N_TRIPLES"})
    void tripleExportLeavesTheNamedGraphsOut(RdfFormat format) {
        registry.loadSources(List.of(RdfSource.classpath("load/named-graph.trig")));

        Graph exported = parse(export(format), format.lang());

        assertIsomorphic(contents(registry), exported);
        assertThat(new String(export(format), StandardCharsets.UTF_8)).doesNotContain("advanced");
    }

    private static Graph copyOf(Registry registry, Node graphName) {
        Graph copy = GraphMemFactory.createDefaultGraph();
        registry.dataset().getGraph(graphName).find().forEach(copy::add);
        return copy;
    }

    private byte[] export(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        registry.export(out, format);
        return out.toByteArray();
    }
}
