package org.designregistry.server.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The publication report and marking a decision published, over real HTTP against the MHHS sample:
 * the DAG's decision DAG-2021-11-17-01 (meeting Wednesday 17 November 2021) is due 10 working days
 * later, on Wednesday 1 December 2021.
 */
class DecisionPublicationIntegrationTest extends ServerTestSupport {

    private static final String DECISION = "DAG-2021-11-17-01";
    private static final String DECISION_IRI = BASE + "decision/" + DECISION;

    @Test
    void reportsADecisionPendingThenDueSoonThenOverdue() {
        DocumentContext pending = json(get("/api/decisions/publication?on=2021-11-24"));
        DocumentContext dueSoon =
                json(get("/api/decisions/publication?on=2021-11-29&status=due-soon"));
        DocumentContext overdue =
                json(get("/api/decisions/publication?on=2021-12-02&status=overdue"));

        assertThat(statusOf(pending)).containsExactly("pending");
        assertThat(pending.read(row("due"), List.class)).containsExactly("2021-12-01");
        assertThat(dueSoon.read(row("workingDaysLeft"), List.class)).containsExactly(2);
        assertThat(dueSoon.read("$.decisions[*].status", List.class)).containsOnly("due-soon");
        assertThat(statusOf(overdue)).containsExactly("overdue");
        assertThat(overdue.read("$.counts.overdue", Integer.class)).isPositive();
    }

    @Test
    void downloadsTheReportAsANamedCsvAndAsMarkdown() {
        HttpResponse<String> csv = get("/api/decisions/publication?on=2021-11-29&format=csv");
        HttpResponse<String> md = get("/api/decisions/publication?on=2021-11-29&format=md");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("decision-publication-2021-11-29.csv");
        assertThat(csv.body()).startsWith("Decision,Label,Body").contains(DECISION);
        assertThat(md.body()).contains("# Decisions due for publication on 2021-11-29", DECISION);
    }

    @Test
    void refusesADayOrStatusItCannotReadSayingWhatItTakes() {
        HttpResponse<String> day = get("/api/decisions/publication?on=29/11/2021");
        HttpResponse<String> status = get("/api/decisions/publication?status=late");

        assertThat(day.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(day.body()).read("$.detail", String.class))
                .contains("yyyy-mm-dd");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(status.body()).read("$.detail", String.class))
                .contains("overdue, due-soon, pending");
    }

    @Test
    void letsAnApproverButNotAnEditorMarkADecisionPublishedAndRecordsWhoDidIt() {
        HttpResponse<String> byEditor = publish(editor(), "2021-11-30");
        HttpResponse<String> byApprover = publish(approver(), "2021-11-30");
        try {
            DocumentContext after = json(get("/api/decisions/publication?on=2021-12-10"));
            DocumentContext changes = json(get("/api/changes?size=1"));

            assertThat(byEditor.statusCode()).isEqualTo(403);
            assertThat(byApprover.statusCode()).isEqualTo(204);
            assertThat(statusOf(after)).containsExactly("published");
            assertThat(after.read(row("published"), List.class)).containsExactly("2021-11-30");
            assertThat(changes.read("$.items[0].principal", String.class)).isEqualTo(APPROVER);
            assertThat(changes.read("$.items[0].touched", List.class)).contains(DECISION_IRI);
        } finally {
            unpublish();
        }
    }

    @Test
    void refusesAPublicationBeforeTheMeetingAndAnUnknownDecision() {
        HttpResponse<String> early = publish(approver(), "2021-11-01");
        HttpResponse<String> unknown =
                send(
                        request("/api/decisions/NO-SUCH-DECISION/published")
                                .header("Authorization", approver())
                                .header("Content-Type", "application/json")
                                .PUT(body("{\"date\":\"2021-11-30\"}")));

        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(early.body()).read("$.detail", String.class))
                .contains("before its meeting (2021-11-17)");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void showsThePublicationPageWithOverdueAndDueSoonFirst() {
        HttpResponse<String> page = get("/decisions/publication?on=2021-11-29", "text/html");
        HttpResponse<String> bad = get("/decisions/publication?on=yesterday", "text/html");

        HttpResponse<String> late = get("/decisions/publication?on=2021-12-02", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Due soon (", DECISION, "id=\"all-decisions\"");
        assertThat(section(page.body(), "id=\"due-soon\"")).contains(DECISION);
        assertThat(page.body()).doesNotContain("id=\"overdue\"");
        assertThat(section(late.body(), "id=\"overdue\"")).contains(DECISION, "Working days late");
        assertThat(page.body().indexOf("id=\"due-soon-heading\""))
                .isLessThan(page.body().indexOf("id=\"all-decisions\""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("is not a date");
    }

    /** Returns the page from the element with {@code marker} to the end of its table. */
    private static String section(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private HttpResponse<String> publish(String credentials, String date) {
        return send(
                request("/api/decisions/" + DECISION + "/published")
                        .header("Authorization", credentials)
                        .header("Content-Type", "application/json")
                        .PUT(body("{\"date\":\"" + date + "\"}")));
    }

    private void unpublish() {
        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Authorization", approver())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                "DELETE WHERE { <"
                                                        + DECISION_IRI
                                                        + "> <http://purl.org/dc/terms/issued> ?d }")));
        assertThat(reply.statusCode()).isBetween(200, 299);
    }

    private HttpResponse<String> get(String path) {
        return get(path, "application/json");
    }

    private static DocumentContext json(HttpResponse<String> reply) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JsonPath.parse(reply.body());
    }

    private static List<String> statusOf(DocumentContext report) {
        return report.read(row("status"));
    }

    private static String row(String field) {
        return "$.decisions[?(@.decision.identifier == '" + DECISION + "')]." + field;
    }
}
