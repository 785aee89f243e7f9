package org.designregistry.server.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Baselines over real HTTP against the MHHS sample: freeze, read after later changes, export,
 * SPARQL, compare, delete; and every write route refused on a frozen baseline. Each test deletes
 * the baselines and undoes the writes it made.
 */
class BaselineApiIntegrationTest extends ServerTestSupport {

    private static final String PREFIXES =
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "PREFIX artefact: <https://registry.mhhs.example/id/artefact/>\n"
                    + "PREFIX baseline: <https://registry.mhhs.example/id/baseline/>\n";

    @Test
    void theSampleBaselineIr1IsARealFrozenBaseline() {
        DocumentContext ir1 = json(get("/api/baselines/IR1", "application/json"));
        HttpResponse<String> resource = get("/api/resources/baseline:IR1", "application/json");

        assertThat(ir1.read("$.iri", String.class)).isEqualTo(BASE + "baseline/IR1");
        assertThat(ir1.read("$.label", String.class))
                .isEqualTo("Interim Release 1: logical design baseline");
        assertThat(ir1.read("$.change", Long.class)).isPositive();
        assertThat(resource.body()).contains("frozen at change");
        HttpResponse<String> edit =
                update("INSERT DATA { baseline:IR1 rdfs:comment \"Unfrozen\" }");
        assertThat(edit.statusCode()).isEqualTo(409);
    }

    @Test
    void freezesTheRegistryAndReadsItsOldStateAfterLaterChanges() {
        HttpResponse<String> byEditor = create(editor(), "Test Baseline A");
        HttpResponse<String> created = create(approver(), "Test Baseline A");
        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .contains("/api/baselines/Test-Baseline-A");
        assertThat(json(created).read("$.creator", String.class)).isEqualTo(APPROVER);
        assertThat(update("INSERT DATA { artefact:DES138 rdfs:comment \"Moved on\" }").statusCode())
                .isEqualTo(204);
        long moved = registry.history().latest();

        HttpResponse<String> then =
                get("/api/resources/DES138?baseline=Test%20Baseline%20A", "application/json");
        HttpResponse<String> now = get("/api/resources/DES138", "application/json");
        HttpResponse<String> export = get("/api/baselines/Test-Baseline-A?format=nt", "*/*");
        HttpResponse<String> askThen =
                get(
                        "/sparql?baseline=Test-Baseline-A&query="
                                + encode(
                                        PREFIXES
                                                + "ASK { artefact:DES138 rdfs:comment \"Moved on\" }"),
                        "application/sparql-results+json");
        HttpResponse<String> askNow =
                get(
                        "/sparql?query="
                                + encode(
                                        PREFIXES
                                                + "ASK { artefact:DES138 rdfs:comment \"Moved on\" }"),
                        "application/sparql-results+json");
        DocumentContext diff =
                json(get("/api/baselines/Test-Baseline-A/diff/current", "application/json"));
        HttpResponse<String> csv =
                get("/api/baselines/Test-Baseline-A/diff/current?format=csv", "*/*");
        HttpResponse<String> md =
                get("/api/baselines/Test-Baseline-A/diff/current?format=md", "*/*");

        assertThat(then.statusCode()).isEqualTo(200);
        assertThat(then.body()).doesNotContain("Moved on");
        assertThat(then.headers().firstValue("Registry-Baseline")).contains("Test-Baseline-A");
        assertThat(then.headers().firstValue("ETag")).isEmpty();
        assertThat(now.body()).contains("Moved on");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/n-triples");
        assertThat(export.body()).contains(BASE + "artefact/DES138").doesNotContain("Moved on");
        assertThat(askThen.body()).contains("false");
        assertThat(askThen.headers().firstValue("Registry-Baseline")).contains("Test-Baseline-A");
        assertThat(askNow.body()).contains("true");
        assertThat(diff.read("$.changed", Long.class)).isEqualTo(1L);
        assertThat(diff.read("$.resources[0].identifier", String.class)).isEqualTo("DES138");
        assertThat(diff.read("$.resources[0].differences[0].text", String.class))
                .isEqualTo("comment: added Moved on");
        assertThat(diff.read("$.changes[0].number", Long.class)).isEqualTo(moved);
        assertThat(diff.read("$.changes[0].principal", String.class)).isEqualTo("token:tool");
        assertThat(csv.body()).startsWith("status,kind,workstream").contains("DES138");
        assertThat(md.body()).contains("0 added, 0 removed, 1 changed, by 1 recorded changes.");

        update("DELETE DATA { artefact:DES138 rdfs:comment \"Moved on\" }");
        assertThat(delete("Test-Baseline-A", approver()).statusCode()).isEqualTo(403);
        HttpResponse<String> deleted = delete("Test-Baseline-A", admin());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(registry.history().get(registry.history().latest()).orElseThrow().message())
                .contains("Delete baseline Test-Baseline-A: done");
        assertThat(get("/api/baselines/Test-Baseline-A", "application/json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesEveryWriteRouteToAFrozenBaseline() {
        assertThat(create(approver(), "Test Baseline B").statusCode()).isEqualTo(201);
        String iri = BASE + "baseline/Test-Baseline-B";
        long before = registry.history().latest();

        HttpResponse<String> sparql =
                update(
                        "DELETE WHERE { <"
                                + iri
                                + "> <http://purl.org/dc/terms/description> ?text }");
        HttpResponse<String> onBaseline =
                send(
                        request("/sparql?baseline=Test-Baseline-B")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "INSERT DATA { artefact:DES138 rdfs:comment \"x\" }")));
        HttpResponse<String> graphStore =
                send(
                        request("/data?default")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/turtle")
                                .POST(
                                        body(
                                                "<"
                                                        + iri
                                                        + "> <http://purl.org/dc/terms/description> \"x\" .")));
        String etag =
                get("/api/resources/baseline:Test-Baseline-B", "application/json")
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow();
        HttpResponse<String> rest =
                send(
                        request("/api/resources/baseline:Test-Baseline-B")
                                .header("Authorization", editor())
                                .header("If-Match", etag)
                                .DELETE());
        HttpResponse<String> forged =
                update(
                        "INSERT DATA { artefact:DES138"
                                + " <https://w3id.org/design-registry#frozenAtChange> 1 }");

        for (HttpResponse<String> reply : List.of(sparql, onBaseline, graphStore, rest, forged)) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(409);
            assertThat(reply.body()).contains("baseline");
        }
        assertThat(json(rest).read("$.detail", String.class))
                .contains("A frozen baseline cannot change")
                .contains(iri);
        assertThat(json(forged).read("$.detail", String.class))
                .contains("only the registry freezes baselines");
        assertThat(registry.history().latest()).isEqualTo(before);
        assertThat(delete("Test-Baseline-B", admin()).statusCode()).isEqualTo(204);
    }

    @Test
    void answersUnknownBaselinesAndBadNamesWithProblems() {
        assertThat(get("/api/baselines/No-Such", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/api/resources/DES138?baseline=No-Such", "application/json").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/baselines/IR1/diff/No-Such", "application/json").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/baselines/IR1?format=xyz", "*/*").statusCode()).isEqualTo(400);
        HttpResponse<String> colon = create(approver(), "IR:1");
        assertThat(colon.statusCode()).isEqualTo(400);
        assertThat(json(colon).read("$.detail", String.class)).contains("may not hold ':'");
        HttpResponse<String> taken = create(approver(), "IR1");
        assertThat(taken.statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> create(String authorization, String name) {
        return send(
                request("/api/baselines")
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(body("{\"name\":\"" + name + "\",\"description\":\"For a test\"}")));
    }

    private HttpResponse<String> delete(String name, String authorization) {
        return send(
                request("/api/baselines/" + name + "?reason=done")
                        .header("Authorization", authorization)
                        .DELETE());
    }

    private HttpResponse<String> update(String sparql) {
        return send(
                request("/sparql")
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(PREFIXES + sparql)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static DocumentContext json(HttpResponse<String> reply) {
        return JsonPath.parse(reply.body());
    }
}
