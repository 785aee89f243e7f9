package org.designregistry.model.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticRegistryTest {

    private static Graph sample;

    @BeforeAll
    static void loadSample() {
        try (Registry registry = Registries.createInMemory()) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            sample =
                    registry.read(
                            m -> {
                                Graph copy = GraphMemFactory.createDefaultGraph();
                                m.getGraph().find().forEach(copy::add);
                                return copy;
                            });
        }
    }

    @Test
    void givesTheSampleBackAtScaleOne() {
        Graph one = SyntheticRegistry.from(sample).scale(1).seed(7).toGraph();

        assertThat(one.isIsomorphicWith(sample)).isTrue();
    }

    @Test
    void keepsTheSampleShapeAtTenTimesItsSize() {
        RegistryShape base = RegistryShape.measure(sample);
        RegistryShape ten =
                RegistryShape.measure(SyntheticRegistry.from(sample).scale(10).seed(7).toGraph());

        assertThat(ten.resources()).isEqualTo(10 * base.resources());
        base.classes().forEach((c, n) -> assertThat(ten.classes().get(c)).as(c).isEqualTo(10 * n));
        base.relations()
                .forEach(
                        (p, n) ->
                                assertThat(ten.relations().get(p))
                                        .as(p)
                                        .isBetween((int) (9.8 * n), 10 * n));
        assertThat(ten.meanDegree())
                .isCloseTo(base.meanDegree(), org.assertj.core.data.Percentage.withPercentage(2));
        // Out-degrees are copied exactly, in-degrees only on average: the spread stays close.
        assertThat(ten.degreePercentiles().get(0))
                .isBetween(
                        base.degreePercentiles().get(0) - 1, base.degreePercentiles().get(0) + 1);
        assertThat((double) ten.degreePercentiles().get(1))
                .isCloseTo(
                        base.degreePercentiles().get(1),
                        org.assertj.core.data.Percentage.withPercentage(25));
    }

    @Test
    void isDeterministicFromTheSeed() {
        Graph a = SyntheticRegistry.from(sample).scale(3).seed(11).toGraph();
        Graph b = SyntheticRegistry.from(sample).scale(3).seed(11).toGraph();
        Graph c = SyntheticRegistry.from(sample).scale(3).seed(12).toGraph();

        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertThat(a.isIsomorphicWith(c)).isFalse();
    }

    @Test
    void writesNTriplesThatParseBackToTheSameGraph() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticRegistry.from(sample).scale(2).seed(3).write(out, Lang.NTRIPLES);
        Graph parsed = GraphMemFactory.createDefaultGraph();
        RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NTRIPLES)
                .parse(parsed);

        assertThat(
                        parsed.isIsomorphicWith(
                                SyntheticRegistry.from(sample).scale(2).seed(3).toGraph()))
                .isTrue();
    }

    @Test
    void refusesAScaleOutOfRange() {
        assertThatThrownBy(() -> SyntheticRegistry.from(sample).scale(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1 to 10000");
    }

    @Test
    void givesCopiesIdentifiersOfTheOriginalsFormUniquePerCopy() {
        assertThat(SyntheticRegistry.copyIdentifier(literal("DI-037"), 1)).isEqualTo("DI-1037");
        assertThat(SyntheticRegistry.copyIdentifier(literal("DI-037"), 99)).isEqualTo("DI-99037");
        assertThat(SyntheticRegistry.copyIdentifier(literal("BRS003-042"), 3))
                .isEqualTo("BRS003-3042");
        assertThat(SyntheticRegistry.copyIdentifier(literal("DES138"), 12)).isEqualTo("DES12138");
        assertThat(SyntheticRegistry.copyIdentifier(literal("MHHS-TOM"), 2))
                .isEqualTo("MHHS-TOM-X2");
    }

    @Test
    void generatesATenTimesRegistryThatConformsToTheShapes() {
        try (Registry registry = Registries.createInMemory()) {
            registry.load(
                    new java.io.ByteArrayInputStream(tenTimesAsNTriples()),
                    org.designregistry.model.RdfFormat.N_TRIPLES,
                    "ten.nt");

            ValidationReport report = registry.validate();

            assertThat(report.violations())
                    .as("violations of the 10x registry, the first: %s", first(report))
                    .isEmpty();
            boolean unique = registry.read(m -> identifiersAreUnique(m.getGraph()));
            assertThat(unique).as("identifiers unique per kind").isTrue();
        }
    }

    private static byte[] tenTimesAsNTriples() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticRegistry.from(sample).scale(10).seed(42).write(out, Lang.NTRIPLES);
        return out.toByteArray();
    }

    private static String first(ValidationReport report) {
        return report.violations().stream().limit(5).toList().toString();
    }

    private static boolean identifiersAreUnique(Graph graph) {
        java.util.Map<String, java.util.Set<String>> byKind = new java.util.HashMap<>();
        boolean[] unique = {true};
        graph.find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY)
                .forEach(
                        t -> {
                            String kind =
                                    graph.find(t.getSubject(), RDF.type.asNode(), Node.ANY)
                                            .mapWith(x -> x.getObject().toString())
                                            .toList()
                                            .toString();
                            if (!byKind.computeIfAbsent(kind, k -> new java.util.HashSet<>())
                                    .add(t.getObject().getLiteralLexicalForm())) {
                                unique[0] = false;
                            }
                        });
        return unique[0];
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
