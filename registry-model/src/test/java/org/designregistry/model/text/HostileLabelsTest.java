package org.designregistry.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.trace.TraceMatrix;
import org.designregistry.model.trace.Traceability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reports' Markdown and CSV over labels that hold HTML, Markdown and formulas. */
class HostileLabelsTest {

    private static Registry registry;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("text/hostile-labels.ttl")));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static ImpactReport impactOfH1() {
        return ImpactAnalysis.of(registry).analyse(ImpactQuery.from("H1").build());
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void impactMarkdownCarriesNoHtmlOrLinksFromLabels() {
        String md = impactOfH1().toMarkdown();

        assertThat(md)
                .doesNotContain("<script")
                .contains("# Impact of a change to H1 &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("\\[click\\](javascript:alert(1)) \\| \\*x\\*")
                .doesNotContain("[click](");
    }

    @Test
    void impactCsvMakesFormulaCellsText() throws IOException {
        List<CSVRecord> rows = csv(impactOfH1().toCsv());

        assertThat(rows.get(1).get(3)).isEqualTo("'=HYPERLINK(\"https://evil.example\")");
        assertThat(rows.get(2).get(2)).isEqualTo("'@SUM(1+1)");
        assertThat(rows).allSatisfy(r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=")));
    }

    @Test
    void matrixMarkdownAndCsvEscapeLabels() throws IOException {
        TraceMatrix matrix = Traceability.of(registry).matrix("requirement", "process", List.of());

        assertThat(matrix.toMarkdown())
                .doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("\\+P1 # heading");
        List<CSVRecord> rows = csv(matrix.toCsv());
        assertThat(rows.get(0).toList()).containsExactly("requirement \\ process", "'+P1");
        assertThat(rows.get(1).get(0)).isEqualTo("'-R1");
    }

    @Test
    void gapsMarkdownEscapesLabels() {
        assertThat(Traceability.of(registry).gaps().toMarkdown())
                .doesNotContain("<img")
                .doesNotContain("<script");
    }
}
