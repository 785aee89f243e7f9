package org.designregistry.server.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import org.designregistry.model.trace.CoverageReport;
import org.designregistry.model.trace.Traceability;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.ListTables;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search hits, a coverage check's gaps and the matrix over HTTP on the MHHS sample: sorted on
 * the server by query parameters, with owners and producing groups, and downloaded as CSV and XLSX
 * holding the rows the page shows for the same parameters.
 */
class ListDownloadsIntegrationTest extends ServerTestSupport {

    @Autowired Traceability trace;

    @Test
    void sortsSearchHitsByOwnerAndDownloadsThemInThatOrderWithOwnersAndGroups() {
        String query = "/search?q=data&sort=owner&dir=desc";
        Document page = page(query);
        List<Element> hits = page.select("#search-hits > li");
        assertThat(hits).isNotEmpty();
        List<List<String>> csv = ListTables.csvRows(get(query + "&format=csv", "*/*").body());

        assertThat(csv.get(0))
                .containsExactly(
                        "Identifier",
                        "Name",
                        "Type",
                        "Status",
                        "Owner",
                        "Produced by",
                        "Last changed");
        List<String> owners = csv.subList(1, csv.size()).stream().map(r -> r.get(4)).toList();
        assertThat(owners)
                .isSortedAccordingTo(
                        Comparator.comparing(String::isEmpty)
                                .thenComparing(String.CASE_INSENSITIVE_ORDER.reversed()));
        assertThat(owners).anyMatch(o -> !o.isEmpty());
        for (int i = 0; i < hits.size(); i++) {
            Element owner = hits.get(i).selectFirst("dd[data-column=owner]");
            assertThat(owner == null ? "" : owner.text()).isEqualTo(owners.get(i));
            assertThat(hits.get(i).attr("data-iri")).isNotEmpty();
        }
        assertThat(page.selectFirst("#sort-owner").attr("href")).doesNotContain("dir=desc");
    }

    @Test
    void listsAChecksGapsWithOwnersSortedAndFilteredAndDownloadsTheSameRows() throws Exception {
        CoverageReport.Check check =
                trace.gaps().checks().stream()
                        .max(Comparator.comparingInt(c -> c.gaps().size()))
                        .orElseThrow();
        assertThat(check.gaps()).hasSizeGreaterThan(1);
        String query = "/trace/gaps?check=" + check.name() + "&sort=owner&dir=desc";
        Element table = page(query).selectFirst("#gaps");
        List<List<String>> rows = ListTables.pageRows(table);
        assertThat(ListTables.pageHeader(table)).contains("Owner", "Produced by");

        List<List<String>> csv = ListTables.csvRows(get(query + "&format=csv", "*/*").body());
        List<List<String>> xlsx = ListTables.xlsxRows(bytes(query + "&format=xlsx"));

        assertThat(csv.get(0)).isEqualTo(ListTables.pageHeader(table));
        assertThat(csv.subList(1, 1 + rows.size())).isEqualTo(rows);
        assertThat(xlsx).isEqualTo(csv);
        assertThat(csv).hasSize(check.gaps().size() + 1);

        Document filtered = page("/trace/gaps?check=" + check.name() + "&workstream=none");
        String shown = filtered.selectFirst("#gap-shown").text();
        assertThat(shown).endsWith("of " + check.gaps().size() + " gaps shown.");
    }

    @Test
    void downloadsTheMatrixAsXlsxWithTheCellsOfItsCsv() throws Exception {
        String matrix = "/api/trace/matrix?rows=requirement&cols=process";
        List<List<String>> csv = ListTables.csvRows(get(matrix + "&format=csv", "*/*").body());
        HttpResponse<byte[]> xlsx =
                http.send(
                        request(matrix + "&format=xlsx").build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("matrix-requirement-process-");
        assertThat(ListTables.xlsxRows(xlsx.body())).isEqualTo(csv);
    }

    private Document page(String path) {
        HttpResponse<String> reply = get(path, "text/html");
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(reply.body());
    }

    private byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> reply =
                http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }
}
