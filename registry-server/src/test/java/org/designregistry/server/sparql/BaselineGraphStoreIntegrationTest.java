package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The graph store ({@code /data}) read as a baseline holds the registry, over real HTTP against the
 * MHHS sample: the old state after later changes, the same graph the baseline's export gives, and
 * problem details for an unknown baseline, a named graph of a baseline and a write to one.
 */
class BaselineGraphStoreIntegrationTest extends ServerTestSupport {

    private static final String NAME = "Test-Baseline-GSP";
    private static final String MARK = "Changed after the GSP baseline";

    @Test
    void readsTheRegistryGraphAsABaselineHoldsItAfterLaterChanges() {
        HttpResponse<String> created =
                send(
                        request("/api/baselines")
                                .header("Authorization", approver())
                                .header("Content-Type", "application/json")
                                .POST(body("{\"name\":\"" + NAME + "\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long frozenAt = JsonPath.parse(created.body()).read("$.change", Long.class);
        try {
            assertThat(update("INSERT DATA { " + des138() + " " + comment(MARK) + " }"))
                    .isEqualTo(204);

            HttpResponse<String> then = get("/data?baseline=" + NAME, "application/n-triples");
            HttpResponse<String> withDefault = get("/data?default&baseline=" + NAME, "text/turtle");
            HttpResponse<String> now = get("/data?default", "application/n-triples");
            HttpResponse<String> export = get("/api/baselines/" + NAME + "?format=nt", "*/*");
            HttpResponse<String> head =
                    send(
                            request("/data?baseline=" + NAME)
                                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));

            assertThat(then.statusCode()).as(then.body()).isEqualTo(200);
            assertThat(then.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/n-triples");
            assertThat(then.headers().firstValue("Registry-Baseline")).contains(NAME);
            assertThat(then.headers().firstValue("Registry-As-Of-Change"))
                    .contains(Long.toString(frozenAt));
            assertThat(then.body()).contains(BASE + "artefact/DES138").doesNotContain(MARK);
            assertThat(now.body()).contains(MARK);
            assertIsomorphic(parse(then.body(), Lang.NT), parse(export.body(), Lang.NT));
            assertThat(withDefault.statusCode()).isEqualTo(200);
            assertThat(withDefault.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/turtle");
            assertIsomorphic(parse(withDefault.body(), Lang.TURTLE), parse(then.body(), Lang.NT));
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Registry-Baseline")).contains(NAME);
            assertThat(head.body()).isEmpty();
        } finally {
            update("DELETE DATA { " + des138() + " " + comment(MARK) + " }");
            send(
                    request("/api/baselines/" + NAME + "?reason=done")
                            .header("Authorization", admin())
                            .DELETE());
        }
    }

    @Test
    void answersAnUnknownBaselineWith404ProblemDetails() {
        HttpResponse<String> data = get("/data?baseline=No-Such-Baseline", "text/turtle");
        HttpResponse<String> sparql =
                get(
                        "/sparql?baseline=No-Such-Baseline&query="
                                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                        "application/sparql-results+json");

        for (HttpResponse<String> reply : List.of(data, sparql)) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(404);
            assertThat(reply.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(JsonPath.parse(reply.body()).read("$.detail", String.class))
                    .contains("No baseline is named 'No-Such-Baseline'");
        }
    }

    @Test
    void refusesNamedGraphsAndBadNamesOfABaselineWith400() {
        HttpResponse<String> graph =
                get("/data?baseline=IR1&graph=urn:x-design-registry:changes", "text/turtle");
        HttpResponse<String> badName = get("/data?baseline=IR:1", "text/turtle");
        HttpResponse<String> unknown = get("/data?baseline=IR1&since=3", "text/turtle");

        assertThat(graph.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(graph.body()).read("$.detail", String.class))
                .contains("no named graphs (graph=)");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(badName.body()).read("$.detail", String.class))
                .contains("may not hold ':'");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(unknown.body()).read("$.detail", String.class))
                .contains("Unknown parameter 'since'");
    }

    @Test
    void refusesAGraphStoreWriteThatNamesABaselineAndChangesNothing() {
        long before = registry.history().latest();
        String turtle = "<" + BASE + "artefact/DES138> " + comment("Into a baseline") + " .";

        HttpResponse<String> put =
                send(
                        request("/data?baseline=IR1")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/turtle")
                                .PUT(body(turtle)));
        HttpResponse<String> post =
                send(
                        request("/data?default&baseline=IR1")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/turtle")
                                .POST(body(turtle)));

        for (HttpResponse<String> reply : List.of(put, post)) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(409);
            assertThat(JsonPath.parse(reply.body()).read("$.detail", String.class))
                    .contains("A frozen baseline cannot change");
        }
        assertThat(registry.history().latest()).isEqualTo(before);
    }

    private int update(String sparql) {
        return send(request("/sparql")
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(sparql)))
                .statusCode();
    }

    private static String des138() {
        return "<" + BASE + "artefact/DES138>";
    }

    private static String comment(String text) {
        return "<http://www.w3.org/2000/01/rdf-schema#comment> \"" + text + "\"";
    }

    private static Graph parse(String text, Lang lang) {
        return RDFParser.fromString(text, lang).toGraph();
    }

    private static void assertIsomorphic(Graph actual, Graph expected) {
        assertThat(actual.isIsomorphicWith(expected))
                .as(() -> "expected\n" + turtle(expected) + "\nbut was\n" + turtle(actual))
                .isTrue();
    }

    private static String turtle(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString();
    }
}
