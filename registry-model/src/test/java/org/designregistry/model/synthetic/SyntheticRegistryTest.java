package org.designregistry.model.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
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
}
