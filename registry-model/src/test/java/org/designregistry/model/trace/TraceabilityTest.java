package org.designregistry.model.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.ResourceRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Matrices and gaps on a fixture with one known gap per check (trace/gaps.ttl). */
class TraceabilityTest {

    private static Registry registry;
    private static Traceability trace;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("trace/gaps.ttl")));
        trace = Traceability.of(registry);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static List<String> ids(List<ResourceRef> refs) {
        return refs.stream().map(ResourceRef::identifier).toList();
    }

    @Test
    void linksRequirementsToTheProcessesThatSatisfyThem() {
        TraceMatrix m = trace.matrix("Requirement", "BusinessProcess", List.of());

        assertThat(m.rowKind()).isEqualTo("requirement");
        assertThat(ids(m.rows())).containsExactly("R-001", "R-002", "R-003");
        assertThat(ids(m.columns())).containsExactly("BP901", "BP902");
        assertThat(m.links()).hasSize(1);
        assertThat(m.linked("R-001", "BP901")).isTrue();
        assertThat(m.links().get(0).relations()).containsExactly("oslc_rm:satisfiedBy");
        assertThat(ids(m.unlinkedRows())).containsExactly("R-002", "R-003");
        assertThat(ids(m.unlinkedColumns())).containsExactly("BP902");
    }

    @Test
    void listsInstancesOfClassesAnyDepthBelowAKind() {
        try (Registry deep = Registries.createInMemory()) {
            deep.loadSources(
                    List.of(
                            RdfSource.classpath("trace/gaps.ttl"),
                            RdfSource.classpath("trace/deep-subclass.ttl")));

            TraceMatrix m = Traceability.of(deep).matrix("requirement", "process", List.of());

            assertThat(ids(m.rows())).contains("R-777");
            assertThat(ids(m.unlinkedRows())).contains("R-777");
        }
    }

    @Test
    void readsALinkStatedTheOtherWayWithItsInverse() {
        TraceMatrix m = trace.matrix("requirement", "interface", List.of());

        assertThat(m.linked("R-003", "IF-901")).isTrue();
        assertThat(m.links().get(0).relations()).containsExactly("oslc_rm:satisfiedBy");
    }

    @Test
    void linksThroughAChosenPathOfRelations() {
        TraceMatrix m = trace.matrix("process", "DataItem", List.of("dr:uses", "carries"));

        assertThat(m.via()).containsExactly("dr:uses", "dr:carries");
        assertThat(m.linked("BP901", "DI-901")).isTrue();
        assertThat(m.links()).hasSize(1);
    }

    @Test
    void walksAPathStepBackwards() {
        TraceMatrix m =
                trace.matrix("data-item", "market-role", List.of("^dr:carries", "dr:receivedBy"));

        assertThat(m.linked("DI-901", "REGS")).isTrue();
        assertThat(m.links()).hasSize(1);
    }

    @Test
    void refusesUnknownKindsAndRelations() {
        assertThatThrownBy(() -> trace.matrix("Widget", "process", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown kind 'Widget'")
                .hasMessageContaining("BusinessProcess");
        assertThatThrownBy(() -> trace.matrix("process", "interface", List.of("dr:nothing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown relation 'dr:nothing'");
    }

    @Test
    void findsEachKnownGap() {
        CoverageReport report = trace.gaps();

        assertThat(ids(report.check("unsatisfied-requirements").gaps())).containsExactly("R-002");
        assertThat(ids(report.check("interfaces-without-sender-or-receiver").gaps()))
                .containsExactly("IF-902", "IF-903");
        assertThat(ids(report.check("uncarried-data-items").gaps())).containsExactly("DI-902");
        assertThat(ids(report.check("unowned-artefacts").gaps())).containsExactly("A2");
        assertThat(ids(report.check("approved-artefacts-without-decision").gaps()))
                .containsExactly("A3");
        assertThat(ids(report.check("unspecified-processes").gaps())).containsExactly("BP902");
    }

    @Test
    void givesCoverageAsAPercentagePerCheckAndKind() {
        CoverageReport report = trace.gaps();

        CoverageReport.Check requirements = report.check("unsatisfied-requirements");
        assertThat(requirements.total()).isEqualTo(3);
        assertThat(requirements.covered()).isEqualTo(2);
        assertThat(requirements.percent()).isEqualTo(66.7);
        CoverageReport.Check approved = report.check("approved-artefacts-without-decision");
        assertThat(approved.total()).isEqualTo(2);
        assertThat(approved.percent()).isEqualTo(50.0);
        assertThat(report.kinds())
                .filteredOn(k -> k.kind().equals("artefact"))
                .singleElement()
                .satisfies(
                        k -> {
                            assertThat(k.total()).isEqualTo(3);
                            assertThat(k.withoutGaps()).isEqualTo(1);
                            assertThat(k.percent()).isEqualTo(33.3);
                        });
        assertThat(report.kinds())
                .extracting(CoverageReport.KindCoverage::kind)
                .containsExactly(
                        "requirement", "interface", "data-item", "artefact", "process", "event");
    }

    @Test
    void writesTheMatrixAsACsvGrid() throws IOException {
        List<CSVRecord> rows =
                CSVFormat.RFC4180
                        .parse(
                                new StringReader(
                                        trace.matrix("requirement", "process", List.of()).toCsv()))
                        .getRecords();

        assertThat(rows.get(0).toList())
                .containsExactly("requirement \\ process", "BP901", "BP902");
        assertThat(rows.get(1).toList()).containsExactly("R-001", "x", "");
        assertThat(rows.get(2).toList()).containsExactly("R-002", "", "");
    }

    @Test
    void writesMatrixAndGapsAsMarkdown() {
        assertThat(trace.matrix("requirement", "process", List.of()).toMarkdown())
                .contains(
                        "| R-001 Satisfied requirement | BP901 Specified process | oslc\\_rm:satisfiedBy |")
                .contains("## Rows linked to nothing");
        assertThat(trace.gaps().toMarkdown())
                .contains("| requirement | 3 | 2 | 66.7% |")
                .contains("- R-002 Unsatisfied requirement");
    }

    @Test
    void keepsGapsAndMatricesUntilAWriteThenReadsThemAgain() {
        try (Registry own = Registries.createInMemory()) {
            own.loadSources(List.of(RdfSource.classpath("trace/gaps.ttl")));
            Traceability ownTrace = Traceability.of(own);
            CoverageReport before = ownTrace.gaps();
            TraceMatrix matrixBefore = ownTrace.matrix("requirement", "process", List.of());
            assertThat(ownTrace.gaps()).isSameAs(before);
            assertThat(ownTrace.matrix("requirement", "process", List.of())).isSameAs(matrixBefore);

            own.load(
                    new java.io.ByteArrayInputStream(
                            ("<https://example.org/id/R-002>"
                                            + " <http://open-services.net/ns/rm#satisfiedBy>"
                                            + " <https://example.org/id/BP901> .")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    org.designregistry.model.RdfFormat.N_TRIPLES,
                    "test");

            assertThat(ids(ownTrace.gaps().check("unsatisfied-requirements").gaps()))
                    .doesNotContain("R-002");
            assertThat(
                            ownTrace.matrix("requirement", "process", List.of())
                                    .linked("R-002", "BP901"))
                    .isTrue();
        }
    }
}
