package org.designregistry.server.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.designregistry.server.BrowserSession;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The baseline pages over real HTTP with sessions: the list and its form for approvers, a baseline,
 * the comparison (counts first, each resource linked), a resource as in a baseline, and the edit
 * form refused on a frozen baseline.
 */
class BaselinePagesIntegrationTest extends ServerTestSupport {

    @Test
    void letsAnApproverFreezeABaselineFromTheListAndShowsWhatMovedSince() {
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        assertThat(editor.page("/baselines", 200).select("#baseline-form")).isEmpty();
        BrowserSession approver = new BrowserSession(port).signIn(APPROVER, APPROVER_PASSWORD);
        Document list = approver.page("/baselines", 200);
        assertThat(list.select("#baselines a").eachText())
                .contains("Interim Release 1: logical design baseline");

        HttpResponse<String> created =
                approver.submit(
                        list,
                        "#baseline-form",
                        Map.of("name", "Page Baseline", "description", "From the page"));
        HttpResponse<String> again =
                approver.submit(
                        approver.page("/baselines", 200),
                        "#baseline-form",
                        Map.of("name", "Page Baseline"));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow())
                .endsWith("/baselines/Page-Baseline");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).selectFirst("#baseline-error").text())
                .contains("exists already");
        Document shown = approver.page("/baselines/Page-Baseline", 200);
        assertThat(shown.selectFirst("h1").text()).isEqualTo("Page Baseline");
        assertThat(shown.select("#exports a").eachAttr("href"))
                .contains("/api/baselines/Page-Baseline?format=ttl");
        assertThat(
                        send(request("/api/baselines/Page-Baseline")
                                        .header("Authorization", admin())
                                        .DELETE())
                                .statusCode())
                .isEqualTo(204);
    }

    @Test
    void showsTheComparisonCountsFirstAndTheResourceAsInTheBaseline() {
        BrowserSession reader = new BrowserSession(port);
        Document diff = reader.page("/baselines/IR1/diff/current", 200);
        Document then = reader.page("/resource/artefact/DES138?baseline=IR1", 200);
        Document missing = reader.page("/baselines/No-Such", 404);

        assertThat(diff.selectFirst("#diff-counts").text()).contains("added").contains("changed");
        assertThat(diff.selectFirst("#diff-markdown").attr("href"))
                .isEqualTo("/api/baselines/IR1/diff/current?format=md");
        assertThat(then.selectFirst("#as-in-baseline").text())
                .contains("As in baseline Interim Release 1")
                .contains("frozen at change");
        assertThat(then.select("#edit-button")).isEmpty();
        assertThat(missing.text()).contains("No baseline is named");
    }

    @Test
    void refusesTheEditFormOnAFrozenBaseline() {
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        Document form = editor.page("/resource/baseline/IR1/edit", 200);

        HttpResponse<String> refused =
                editor.submit(form, "#edit-form", Map.of("label", "Interim Release 1 (edited)"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).selectFirst("#edit-notice").text())
                .contains("A frozen baseline cannot change");
    }
}
