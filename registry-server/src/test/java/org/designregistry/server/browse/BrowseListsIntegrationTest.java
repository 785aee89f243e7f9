package org.designregistry.server.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.ListTables;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The browse list over HTTP on the MHHS sample: sorted by any column on the server (stable, by
 * query parameters), several values of a filter at once, and downloads that hold exactly the rows
 * the page shows for the same parameters.
 */
class BrowseListsIntegrationTest extends ServerTestSupport {

    @Test
    void sortsByAColumnDescendingWithEmptyCellsLastAndTiesInIdentifierOrder() {
        Element table = table("/browse/artefact?sort=status&dir=desc&size=200");
        List<List<String>> rows = ListTables.pageRows(table);
        int status = ListTables.pageHeader(table).indexOf("Status");
        assertThat(status).isNotNegative();
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(rows.stream().map(r -> r.get(status)).toList())
                .isSortedAccordingTo(
                        Comparator.comparing(String::isEmpty)
                                .thenComparing(String.CASE_INSENSITIVE_ORDER.reversed()));
        List<String> defaultOrder =
                ListTables.pageRows(table("/browse/artefact?size=200")).stream()
                        .map(r -> r.get(0))
                        .toList();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).get(status).equalsIgnoreCase(rows.get(i - 1).get(status))) {
                assertThat(defaultOrder.indexOf(rows.get(i).get(0)))
                        .isGreaterThan(defaultOrder.indexOf(rows.get(i - 1).get(0)));
            }
        }
        Element ascending = table("/browse/artefact?sort=status&size=200");
        assertThat(ascending.selectFirst("th[data-column=status]").attr("aria-sort"))
                .isEqualTo("ascending");
        assertThat(ascending.selectFirst("#sort-status").attr("href")).contains("dir=desc");
    }

    @Test
    void filtersByAnyOfSeveralValuesOfAFacet() {
        int draft = total("/browse/artefact?status=Draft");
        int approved = total("/browse/artefact?status=Approved");
        int both = total("/browse/artefact?status=Draft&status=Approved");
        assertThat(draft).isPositive();
        assertThat(approved).isPositive();
        assertThat(both).isEqualTo(draft + approved);
        Document page = page("/browse/artefact?status=Draft&status=Approved");
        assertThat(page.select("#filter-status input[checked]")).hasSize(2);
    }

    @Test
    void downloadsAsCsvExactlyTheRowsThePageShowsForTheSameParameters() {
        String query = "?status=Draft&status=Approved&sort=changed&dir=desc&size=200";
        Element table = table("/browse/artefact" + query);
        HttpResponse<String> csv = get("/browse/artefact" + query + "&format=csv", "*/*");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .containsPattern(
                        "attachment; filename=\"browse-artefact-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        List<List<String>> rows = ListTables.csvRows(csv.body());
        assertThat(rows.get(0)).isEqualTo(ListTables.pageHeader(table));
        assertThat(rows.subList(1, rows.size())).isEqualTo(ListTables.pageRows(table));
    }

    @Test
    void downloadsAsXlsxEveryPageOfTheListInItsOrderWithTheColumnsChosen() throws Exception {
        String query = "?sort=owner&columns=identifier&columns=owner&columns=changed";
        Element all = table("/browse/data-item" + query + "&size=200");
        HttpResponse<byte[]> xlsx =
                http.send(
                        request("/browse/data-item" + query + "&size=5&page=2&format=xlsx").build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("browse-data-item-")
                .endsWith(".xlsx\"");
        List<List<String>> rows = ListTables.xlsxRows(xlsx.body());
        assertThat(rows.get(0)).containsExactly("Identifier", "Owner", "Last changed");
        assertThat(rows.subList(1, rows.size())).isEqualTo(ListTables.pageRows(all));
    }

    @Test
    void refusesAnUnknownSortColumnOrDownloadFormatNamingTheChoices() {
        HttpResponse<String> sort = get("/browse/artefact?sort=colour", "text/html");
        HttpResponse<String> format = get("/browse/artefact?format=pdf", "text/html");

        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.body()).contains("Unknown sort column").contains("changed");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("format=csv or format=xlsx");
    }

    private Document page(String path) {
        HttpResponse<String> reply = get(path, "text/html");
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(reply.body());
    }

    private Element table(String path) {
        return page(path).selectFirst("#resource-list");
    }

    private int total(String path) {
        String count = page(path).selectFirst("#result-count").text();
        return Integer.parseInt(count.replaceAll(".* of ", ""));
    }
}
