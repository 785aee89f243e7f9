package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.designregistry.server.BrowserSession;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every write route refuses a term over the registry's limits before it commits, with 422 and
 * problem details (or the edit form's notice) naming the limit and its property; nothing is stored,
 * and search keeps following the store.
 */
class TermLimitsIntegrationTest extends ServerTestSupport {

    private static final String LONG_IRI = "urn:long:" + "a".repeat(40_000);

    @Test
    void refusesTheIssuesSparqlUpdateWith422AndStoresNothing() {
        long before = registry.size();

        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                "INSERT DATA { <"
                                                        + LONG_IRI
                                                        + "> <http://www.w3.org/2000/01/rdf-schema#label>"
                                                        + " \"x\" }")));

        assertRefused(reply, "registry.limits.max-iri-length");
        assertThat(registry.size()).isEqualTo(before);
        assertThat(registry.search().degraded()).isEmpty();
    }

    @Test
    void refusesGraphStorePutAndPostWith422AndStoresNothing() {
        long before = registry.size();
        String triple = "<" + LONG_IRI + "> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .";
        // PUT replaces the registry graph: restate all of it, so the long triple is the only
        // change.
        String registryGraph =
                send(request("/data?default").header("Accept", "application/n-triples").GET())
                        .body();

        HttpResponse<String> put =
                send(
                        request("/data?default")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/n-triples")
                                .PUT(body(registryGraph + "\n" + triple + "\n")));
        HttpResponse<String> post =
                send(
                        request("/data?default")
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .POST(body(triple)));

        assertRefused(put, "registry.limits.max-iri-length");
        assertRefused(post, "registry.limits.max-iri-length");
        assertThat(registry.size()).isEqualTo(before);
    }

    @Test
    void refusesOverLongIdentifiersThroughTheApiWith422AndNoLocation() {
        long before = registry.size();

        for (int length : new int[] {10_000, 40_000}) {
            HttpResponse<String> reply =
                    send(
                            request("/api/resources")
                                    .header("Authorization", editor())
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            body(
                                                    """
                                                    {"kind": "artefact", "identifier": "%s",
                                                     "label": "Long"}
                                                    """
                                                            .formatted("D".repeat(length)))));

            DocumentContext problem = assertRefused(reply, "registry.limits.max-identifier-length");
            assertThat(problem.read("$.length", Integer.class)).isEqualTo(length);
            assertThat(problem.read("$.max", Integer.class)).isEqualTo(256);
            assertThat(reply.headers().firstValue("Location")).isEmpty();
        }
        assertThat(registry.size()).isEqualTo(before);
    }

    @Test
    void refusesAnOverLongLabelFromTheEditFormWithItsNoticeAndKeepsTheResource() {
        String page = "/resource/data-item/DI-043";
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        Document form = editor.page(page + "/edit", 200);
        long before = registry.size();

        HttpResponse<String> saved =
                editor.submit(form, "#edit-form", Map.of("label", "x".repeat(1_048_577)));

        assertThat(saved.statusCode()).isEqualTo(422);
        assertThat(saved.body())
                .contains("registry.limits.max-literal-length")
                .contains("1,048,577 characters");
        assertThat(registry.size()).isEqualTo(before);
    }

    private static DocumentContext assertRefused(HttpResponse<String> reply, String property) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(422);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        DocumentContext problem = JsonPath.parse(reply.body());
        assertThat(problem.read("$.type", String.class))
                .isEqualTo(Problems.TERM_TOO_LONG.toString());
        assertThat(problem.read("$.limit", String.class)).isEqualTo(property);
        assertThat(problem.read("$.detail", String.class)).contains(property);
        assertThat(reply.body()).hasSizeLessThan(2_000).doesNotContain("Exception");
        return problem;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
