package org.designregistry.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/changes}, a resource's history, {@code asOf} and revert, over real HTTP against the
 * MHHS sample; each test undoes what it wrote.
 */
class ChangeApiIntegrationTest extends ServerTestSupport {

    private static final String PREFIXES =
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "PREFIX artefact: <https://registry.mhhs.example/id/artefact/>\n";

    @Test
    void listsTheLatestChangesWithFiltersAndServesOneAsJsonAndAsAPatch() {
        long n = comment("Listed", "Why it was listed");

        DocumentContext list =
                json(get("/api/changes?user=token:tool&route=sparql-update&size=1", "*/*"));
        DocumentContext one = json(get("/api/changes/" + n, "application/json"));
        HttpResponse<String> patch = get("/api/changes/" + n, "application/rdf-patch");

        assertThat(list.read("$.items[0].number", Long.class)).isEqualTo(n);
        assertThat(list.read("$.items[0].message", String.class)).isEqualTo("Why it was listed");
        assertThat(list.read("$.items[0].touched", List.class)).contains(BASE + "artefact/DES138");
        assertThat(one.read("$.change.principal", String.class)).isEqualTo("token:tool");
        assertThat(one.read("$.added[0].subject.label", String.class)).startsWith("DES138");
        assertThat(one.read("$.added[0].predicate.label", String.class)).isEqualTo("comment");
        assertThat(one.read("$.added[0].object.label", String.class)).isEqualTo("Listed");
        assertThat(one.read("$.removed", List.class)).isEmpty();
        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(patch.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/rdf-patch");
        assertThat(patch.body())
                .contains("TX")
                .contains("A <" + BASE + "artefact/DES138>")
                .contains("\"Listed\"")
                .contains("TC");
        uncomment("Listed");
    }

    @Test
    void listsAResourcesHistoryAsReadableDifferences() {
        long n = comment("In the history", null);

        DocumentContext history = json(get("/api/resources/DES138/history?size=5", "*/*"));

        assertThat(history.read("$.items[0].change.number", Long.class)).isEqualTo(n);
        assertThat(history.read("$.items[0].differences[0].text", String.class))
                .isEqualTo("comment: added In the history");
        assertThat(history.read("$.totalItems", Long.class)).isGreaterThanOrEqualTo(1);
        uncomment("In the history");
    }

    @Test
    void servesAResourceAsItWasBeforeAChange() {
        long n = comment("Not yet", null);

        HttpResponse<String> before = get("/api/resources/DES138?asOf=" + (n - 1), "*/*");
        HttpResponse<String> after = get("/api/resources/DES138?asOf=" + n, "*/*");
        HttpResponse<String> turtle = get("/id/artefact/DES138?asOf=" + (n - 1), "text/turtle");

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).doesNotContain("Not yet");
        assertThat(before.headers().firstValue("ETag")).isEmpty();
        assertThat(before.headers().firstValue("Registry-As-Of-Change")).contains("" + (n - 1));
        assertThat(after.body()).contains("Not yet");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.body()).contains("Interface").doesNotContain("Not yet");
        uncomment("Not yet");
    }

    @Test
    void answersBadFiltersAndUnknownChangesWithProblems() {
        HttpResponse<String> since = get("/api/changes?since=yesterday", "*/*");
        HttpResponse<String> unknown = get("/api/changes/999999", "application/json");
        HttpResponse<String> future = get("/api/resources/DES138?asOf=999999", "*/*");

        assertThat(since.statusCode()).isEqualTo(400);
        assertThat(json(since).read("$.detail", String.class)).contains("change number");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json(future).read("$.detail", String.class)).contains("No change 999999");
    }

    @Test
    void revertsAChangeForAnAdminAsANewChange() {
        long n = comment("Reverted", null);

        HttpResponse<String> byEditor = revert(n, editor());
        HttpResponse<String> byAdmin = revert(n, admin());

        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);
        DocumentContext revert = json(byAdmin);
        assertThat(revert.read("$.number", Long.class)).isEqualTo(n + 1);
        assertThat(revert.read("$.route", String.class)).isEqualTo("revert");
        assertThat(revert.read("$.principal", String.class)).isEqualTo(ADMIN);
        assertThat(byAdmin.headers().firstValue("Location")).contains("/api/changes/" + (n + 1));
        assertThat(get("/api/resources/DES138", "*/*").body()).doesNotContain("Reverted");
    }

    @Test
    void refusesWith412ARevertWhoseIfMatchNamesAVersionOfWhatItTouchesThatIsNoLongerCurrent() {
        long n = comment("Guarded", null);
        String seen =
                get("/api/resources/DES138", "application/json")
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow();
        long meanwhile = comment("Meanwhile", null);

        HttpResponse<String> stale = revert(n, admin(), seen);

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(json(stale).read("$.detail", String.class)).contains(BASE + "artefact/DES138");
        assertThat(registry.history().latest()).isEqualTo(meanwhile);

        String current =
                get("/api/resources/DES138", "application/json")
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow();
        HttpResponse<String> fresh = revert(n, admin(), current);

        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(201);
        assertThat(get("/api/resources/DES138", "*/*").body()).doesNotContain("Guarded");
    }

    @Test
    void refusesARevertThatLaterChangesConflictWithWith409NamingThem() {
        long added = comment("Conflicting", null);
        long removed = uncomment("Conflicting");

        HttpResponse<String> reply = revert(added, admin());

        assertThat(reply.statusCode()).isEqualTo(409);
        DocumentContext problem = json(reply);
        assertThat(problem.read("$.conflictingChanges", List.class)).containsExactly((int) removed);
        assertThat(problem.read("$.detail", String.class)).contains("" + removed);
        assertThat(registry.history().latest()).isEqualTo(removed);
    }

    @Test
    void letsAnApproverRevertAChangeThatTouchedADecisionButNoOther() {
        String decision = BASE + "decision/DAG-2021-11-17-01";
        HttpResponse<String> commented =
                send(
                        request("/sparql")
                                .header("Authorization", approver())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "INSERT DATA { <"
                                                        + decision
                                                        + "> rdfs:comment \"Minuted\" }")));
        assertThat(commented.statusCode()).isEqualTo(204);
        long onDecision = registry.history().latest();
        long onArtefact = comment("Not a decision", null);

        HttpResponse<String> other = revert(onArtefact, approver());
        HttpResponse<String> decisionRevert = revert(onDecision, approver());

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).read("$.detail", String.class))
                .contains("admin role")
                .contains("decisions");
        assertThat(decisionRevert.statusCode()).as(decisionRevert.body()).isEqualTo(201);
        // The refused revert recorded nothing; the allowed one is the next change.
        assertThat(registry.history().latest()).isEqualTo(onArtefact + 1);
        assertThat(json(decisionRevert).read("$.principal", String.class)).isEqualTo(APPROVER);
        assertThat(get("/api/changes/" + (onArtefact + 1), "application/json").body())
                .contains("Minuted");
        uncomment("Not a decision");
    }

    private HttpResponse<String> revert(long n, String authorization) {
        return send(
                request("/api/changes/" + n + "/revert")
                        .header("Authorization", authorization)
                        .POST(body("")));
    }

    private HttpResponse<String> revert(long n, String authorization, String ifMatch) {
        return send(
                request("/api/changes/" + n + "/revert")
                        .header("Authorization", authorization)
                        .header("If-Match", ifMatch)
                        .POST(body("")));
    }

    /** Adds a comment to DES138 by SPARQL as the token; returns the change's number. */
    private long comment(String text, String message) {
        var request =
                request("/sparql")
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update");
        if (message != null) {
            request.header("X-Change-Message", message);
        }
        HttpResponse<String> reply =
                send(
                        request.POST(
                                body(
                                        PREFIXES
                                                + "INSERT DATA { artefact:DES138 rdfs:comment \""
                                                + text
                                                + "\" }")));
        assertThat(reply.statusCode()).isEqualTo(204);
        return registry.history().latest();
    }

    private long uncomment(String text) {
        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "DELETE DATA { artefact:DES138"
                                                        + " rdfs:comment \""
                                                        + text
                                                        + "\" }")));
        assertThat(reply.statusCode()).isEqualTo(204);
        return registry.history().latest();
    }

    private static DocumentContext json(HttpResponse<String> reply) {
        return JsonPath.parse(reply.body());
    }
}
