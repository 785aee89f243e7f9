package org.designregistry.model.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.impact.ImpactQuery.Direction;
import org.designregistry.model.impact.ImpactReport.Hit;
import org.designregistry.model.impact.ImpactReport.Limit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Impact walks over hand-built graphs whose answers are known (see impact/graphs.ttl). */
class ImpactAnalysisTest {

    private Registry registry;
    private ImpactAnalysis impact;

    @BeforeEach
    void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("impact/graphs.ttl")));
        impact = ImpactAnalysis.of(registry);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private ImpactReport analyse(ImpactQuery.Builder query) {
        return impact.analyse(query.build());
    }

    private static List<String> ids(ImpactReport report) {
        return report.hits().stream().map(h -> h.resource().identifier()).toList();
    }

    private static List<Integer> depths(ImpactReport report) {
        return report.hits().stream().map(Hit::depth).toList();
    }

    @Test
    void followsAChainDownstreamInDepthOrderWithTheExplainingPath() {
        ImpactReport report = analyse(ImpactQuery.from("C1"));

        assertThat(ids(report)).containsExactly("C2", "C3", "C4");
        assertThat(depths(report)).containsExactly(1, 2, 3);
        assertThat(report.hits().get(2).path())
                .hasToString("C1 -dependency of-> C2 -dependency of-> C3 -dependency of-> C4");
        assertThat(report.completeness().truncated()).isFalse();
    }

    @Test
    void followsAChainUpstreamToWhatTheStartDependsOn() {
        ImpactReport report = analyse(ImpactQuery.from("C4").direction(Direction.UPSTREAM));

        assertThat(ids(report)).containsExactly("C3", "C2", "C1");
        assertThat(report.hits().get(0).path()).hasToString("C4 -depends on-> C3");
        assertThat(report.hits()).allMatch(h -> h.direction() == Direction.UPSTREAM);
    }

    @Test
    void walksBothDirectionsEachInItsOwnDirection() {
        ImpactReport report = analyse(ImpactQuery.from("C2").direction(Direction.BOTH));

        assertThat(ids(report)).containsExactly("C3", "C4", "C1");
        assertThat(report.hits().stream().map(Hit::direction))
                .containsExactly(Direction.DOWNSTREAM, Direction.DOWNSTREAM, Direction.UPSTREAM);
    }

    @Test
    void findsADiamondOnceWithItsFirstShortestPath() {
        ImpactReport report = analyse(ImpactQuery.from("DI-901"));

        assertThat(ids(report)).containsExactly("IF-901", "IF-902", "BP901");
        assertThat(depths(report)).containsExactly(1, 1, 2);
        Hit process = report.hits().get(2);
        assertThat(process.paths()).hasSize(1);
        assertThat(process.path()).hasToString("DI-901 -carried by-> IF-901 -used by-> BP901");
        assertThat(process.morePaths()).isFalse();
    }

    @Test
    void givesEveryShortestPathOfADiamondWhenAsked() {
        ImpactReport report = analyse(ImpactQuery.from("DI-901").allShortestPaths(true));

        Hit process = report.hits().get(2);
        assertThat(process.paths())
                .extracting(Object::toString)
                .containsExactly(
                        "DI-901 -carried by-> IF-901 -used by-> BP901",
                        "DI-901 -carried by-> IF-902 -used by-> BP901");
    }

    @Test
    void countsALinkStatedBothWaysAsOneEdge() {
        ImpactIndex index = impact.index();

        // C: 3 dependsOn; diamond: 2 carries (IF-901's stated twice) + 2 uses; cycle: 3.
        assertThat(index.edgeCount()).isEqualTo(10);
        assertThat(ImpactTraverser.downstream(index).successors("https://example.org/id/DI-901"))
                .containsExactly("https://example.org/id/IF-901", "https://example.org/id/IF-902");
    }

    @Test
    void endsOnACycleListingEachResourceOnce() {
        ImpactReport report = analyse(ImpactQuery.from("Y1"));

        assertThat(ids(report)).containsExactly("Y3", "Y2");
        assertThat(depths(report)).containsExactly(1, 2);
        assertThat(report.completeness().truncated()).isFalse();
    }

    @Test
    void stopsAtTheDepthLimitAndSaysWhere() {
        ImpactReport report = analyse(ImpactQuery.from("C1").maxDepth(2));

        assertThat(ids(report)).containsExactly("C2", "C3");
        assertThat(report.completeness().truncated()).isTrue();
        ImpactReport.Cut cut = report.completeness().cuts().get(0);
        assertThat(cut.limit()).isEqualTo(Limit.DEPTH);
        assertThat(cut.depth()).isEqualTo(2);
        assertThat(cut.unexplored()).isEqualTo(1);
        assertThat(cut.frontier()).extracting(r -> r.identifier()).containsExactly("C3");
        assertThat(cut.message()).contains("depth limit of 2");
    }

    @Test
    void isCompleteWhenTheDepthLimitCutsNothing() {
        ImpactReport report = analyse(ImpactQuery.from("C1").maxDepth(3));

        assertThat(ids(report)).containsExactly("C2", "C3", "C4");
        assertThat(report.completeness().truncated()).isFalse();
    }

    @Test
    void stopsAtTheResultCapAndSaysSo() {
        ImpactReport report = analyse(ImpactQuery.from("C1").maxResults(1));

        assertThat(ids(report)).containsExactly("C2");
        assertThat(report.completeness().truncated()).isTrue();
        ImpactReport.Cut cut = report.completeness().cuts().get(0);
        assertThat(cut.limit()).isEqualTo(Limit.RESULT_CAP);
        assertThat(cut.message()).contains("result limit of 1");
        assertThat(cut.frontier()).isNotEmpty();
    }

    @Test
    void stopsWhenTheTimeBudgetRunsOutAndSaysSo() {
        StringBuilder chain =
                new StringBuilder("@prefix dr: <https://w3id.org/design-registry#> .\n");
        chain.append("<https://example.org/t/0> <http://purl.org/dc/terms/identifier> \"T0\" .\n");
        for (int i = 1; i < 600; i++) {
            chain.append("<https://example.org/t/")
                    .append(i)
                    .append("> dr:dependsOn <https://example.org/t/")
                    .append(i - 1)
                    .append("> .\n");
        }
        registry.load(
                new ByteArrayInputStream(chain.toString().getBytes(StandardCharsets.UTF_8)),
                RdfFormat.TURTLE,
                "chain.ttl");

        ImpactReport report =
                analyse(ImpactQuery.from("T0").timeBudget(Duration.ofNanos(1)).details(false));

        assertThat(report.completeness().truncated()).isTrue();
        assertThat(report.completeness().cuts().get(0).limit()).isEqualTo(Limit.TIME);
        assertThat(report.hits().size()).isLessThan(599);
    }

    @Test
    void followsOnlyTheRelationsAskedFor() {
        ImpactReport byLocalName =
                analyse(ImpactQuery.from("DI-901").relations(List.of("carries")));
        ImpactReport byInverse =
                analyse(ImpactQuery.from("DI-901").relations(List.of("dr:carriedBy")));

        assertThat(ids(byLocalName)).containsExactly("IF-901", "IF-902");
        assertThat(ids(byInverse)).containsExactly("IF-901", "IF-902");
    }

    @Test
    void entersOnlyTheTypesAskedFor() {
        ImpactReport interfaces = analyse(ImpactQuery.from("DI-901").types(List.of("Interface")));
        ImpactReport processes = analyse(ImpactQuery.from("DI-901").types(List.of("process")));

        assertThat(ids(interfaces)).containsExactly("IF-901", "IF-902");
        assertThat(ids(processes)).isEmpty();
    }

    @Test
    void walksFromSeveralStartsAtOnce() {
        ImpactReport report = analyse(ImpactQuery.from("C3", "Y1"));

        assertThat(ids(report)).containsExactly("C4", "Y3", "Y2");
        assertThat(report.starts()).extracting(r -> r.identifier()).containsExactly("C3", "Y1");
    }

    @Test
    void givesTheSameReportForTheSameQuery() {
        ImpactReport first = analyse(ImpactQuery.from("DI-901", "C1").allShortestPaths(true));
        ImpactReport second = analyse(ImpactQuery.from("DI-901", "C1").allShortestPaths(true));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void refusesAnUnknownStartWithAClearMessage() {
        assertThatThrownBy(() -> analyse(ImpactQuery.from("DI-999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown resource 'DI-999'");
        assertThatThrownBy(() -> analyse(ImpactQuery.from("nokind:X")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid reference 'nokind:X'");
    }

    @Test
    void refusesAnUnknownRelationOrType() {
        assertThatThrownBy(() -> analyse(ImpactQuery.from("C1").relations(List.of("dr:ownedBy"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown relation 'dr:ownedBy'")
                .hasMessageContaining("dr:carries");
        assertThatThrownBy(() -> analyse(ImpactQuery.from("C1").types(List.of("Widget"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown type 'Widget'");
    }

    @Test
    void followsACommittedWrite() {
        assertThat(ids(analyse(ImpactQuery.from("C4")))).isEmpty();
        ImpactIndex before = impact.index();

        registry.load(
                new ByteArrayInputStream(
                        ("<https://example.org/id/C5> <https://w3id.org/design-registry#dependsOn>"
                                        + " <https://example.org/id/C4> .")
                                .getBytes(StandardCharsets.UTF_8)),
                RdfFormat.N_TRIPLES,
                "c5.nt");

        assertThat(impact.index()).isNotSameAs(before);
        assertThat(impact.index().edgeCount()).isEqualTo(before.edgeCount() + 1);
        assertThat(analyse(ImpactQuery.from("C4")).hits())
                .extracting(h -> h.resource().iri())
                .containsExactly("https://example.org/id/C5");
    }

    @Test
    void indexesResourcesWhoseTypesSitOnASubclassCycle() {
        registry.loadSources(List.of(RdfSource.classpath("impact/class-cycle.ttl")));

        ImpactReport report = analyse(ImpactQuery.from("P2"));

        assertThat(ids(report)).containsExactly("P1");
        assertThat(report.hits().get(0).resource().typeIri())
                .isEqualTo("https://example.org/vocab#Paper");
    }

    @Test
    void keepsTheIndexWhileNothingIsWritten() {
        assertThat(impact.index()).isSameAs(impact.index());
    }

    @Test
    void followsANewRelationOnceDataDeclaresThatItCarriesChange() {
        registry.loadSources(List.of(RdfSource.classpath("impact/feeds-data.ttl")));
        assertThat(analyse(ImpactQuery.from("S1")).hits()).isEmpty();

        registry.loadSources(List.of(RdfSource.classpath("impact/feeds-annotation.ttl")));
        ImpactReport report = analyse(ImpactQuery.from("S1"));

        assertThat(ids(report)).containsExactly("S2");
        assertThat(report.hits().get(0).path()).hasToString("S1 -feeds-> S2");
        assertThat(ids(analyse(ImpactQuery.from("S2").direction(Direction.UPSTREAM))))
                .containsExactly("S1");
    }
}
