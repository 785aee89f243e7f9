package org.designregistry.model.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.impact.ImpactQuery;
import org.designregistry.model.impact.ImpactReport;
import org.designregistry.model.impact.ReportHeader;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The impact report's Markdown and CSV flag the hits whose path runs through a suspect link, as the
 * JSON and the page do, and keep escaping the data around the flag.
 */
class SuspectFlagsInImpactReportsTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://x\") | <b>IF-041</b>";
    private static final ReportHeader HEADER = new ReportHeader(Instant.EPOCH, 7, "tester");

    private final Registry registry = Registries.createInMemory();
    private final SuspectLinks suspects = SuspectLinks.of(registry);

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("suspect/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void csvSaysForEachHitWhetherItsPathRunsThroughASuspectLink() throws IOException {
        ValidatedWrites.update(registry, m -> setFormat(m, SuspectLinksTest.DI037, "CHAR(3)"));
        ImpactReport report = impactOf("data-item:DI-037");
        Set<String> through = suspects.hitsThroughSuspectLinks(report);

        Map<String, String> flags =
                rows(report.toCsv(HEADER, through)).stream()
                        .collect(
                                Collectors.toMap(
                                        r -> r.get("iri"), r -> r.get("through_suspect_link")));

        assertThat(through).isNotEmpty();
        assertThat(flags).containsEntry(SuspectLinksTest.IF041, "yes");
        assertThat(flags.entrySet())
                .allSatisfy(
                        e ->
                                assertThat(e.getValue())
                                        .isEqualTo(through.contains(e.getKey()) ? "yes" : "no"));
        assertThat(rows(report.toCsv(HEADER)))
                .allSatisfy(r -> assertThat(r.get("through_suspect_link")).isEmpty());
    }

    @Test
    void markdownCountsAndFlagsTheHitsThroughSuspectLinks() {
        ValidatedWrites.update(registry, m -> setFormat(m, SuspectLinksTest.DI037, "CHAR(3)"));
        ImpactReport report = impactOf("data-item:DI-037");
        Set<String> through = suspects.hitsThroughSuspectLinks(report);

        String md = report.toMarkdown(HEADER, through);

        assertThat(md)
                .contains(
                        "- Paths through suspect links: "
                                + through.size()
                                + " of the resources impacted, flagged below");
        List<String> flaggedRows =
                md.lines().filter(l -> l.contains("**Runs through a suspect link.**")).toList();
        assertThat(flaggedRows).hasSize(through.size());
        assertThat(flaggedRows).anyMatch(l -> l.contains("IF-041"));
        assertThat(report.toMarkdown(HEADER)).doesNotContain("suspect link");
    }

    @Test
    void aReportWithNoSuspectLinkSaysSo() {
        ImpactReport report = impactOf("data-item:DI-037");

        assertThat(report.toMarkdown(HEADER, suspects.hitsThroughSuspectLinks(report)))
                .contains("- Paths through suspect links: none")
                .doesNotContain("**Runs through a suspect link.**");
    }

    @Test
    void flaggedRowsKeepTheirDataEscaped() throws IOException {
        ValidatedWrites.update(
                registry,
                m ->
                        m.createResource(SuspectLinksTest.IF041)
                                .removeAll(RDFS.label)
                                .addProperty(RDFS.label, HOSTILE));
        ValidatedWrites.update(registry, m -> setFormat(m, SuspectLinksTest.DI037, "CHAR(3)"));
        ImpactReport report = impactOf("data-item:DI-037");
        Set<String> through = suspects.hitsThroughSuspectLinks(report);

        String md = report.toMarkdown(HEADER, through);
        CSVRecord row =
                rows(report.toCsv(HEADER, through)).stream()
                        .filter(r -> r.get("iri").equals(SuspectLinksTest.IF041))
                        .findFirst()
                        .orElseThrow();

        assertThat(through).contains(SuspectLinksTest.IF041);
        assertThat(md)
                .doesNotContain("<b>")
                .contains("&lt;b&gt;IF-041&lt;/b&gt;")
                .doesNotContain("\") | <");
        assertThat(row.get("label")).startsWith("'=HYPERLINK");
        assertThat(row.get("through_suspect_link")).isEqualTo("yes");
    }

    private ImpactReport impactOf(String ref) {
        return ImpactAnalysis.of(registry).analyse(ImpactQuery.from(ref).build());
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private static void setFormat(Model m, String iri, String format) {
        m.createResource(iri).removeAll(DR.dataFormat).addProperty(DR.dataFormat, format);
    }
}
