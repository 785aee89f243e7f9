package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * State-changing requests that carry a person's credentials (HTTP Basic, a cookie) are refused when
 * a browser says they come from another site's page; tools, API tokens and the registry's own pages
 * pass. CORS lets any origin read the SPARQL endpoint, and only the configured write origin write
 * to it.
 */
class CrossOriginWritesIntegrationTest extends ServerTestSupport {

    private static final String ELSEWHERE = "https://elsewhere.example";

    private HttpRequest.Builder update(String graph) {
        return request("/sparql")
                .header("Content-Type", "application/sparql-update")
                .POST(body("INSERT DATA { GRAPH <" + graph + "> { <urn:a> <urn:b> 1 } }"));
    }

    private boolean stored(String graph) {
        String ask = "ASK { GRAPH <" + graph + "> { ?s ?p ?o } }";
        return get(
                        "/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                        "application/sparql-results+json")
                .body()
                .contains("true");
    }

    private static void assertRefusedAsCrossSite(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("registry.security.write-origins");
    }

    @Test
    void refusesABasicWriteFromAnotherSitesPage() {
        HttpResponse<String> response =
                send(
                        update("urn:test:origin:basic")
                                .header("Authorization", editor())
                                .header("Origin", ELSEWHERE));

        assertRefusedAsCrossSite(response);
        assertThat(response.body()).contains(ELSEWHERE);
        assertThat(stored("urn:test:origin:basic")).isFalse();
    }

    @Test
    void refusesABasicWriteThatTheBrowserMarksCrossSite() {
        HttpResponse<String> response =
                send(
                        update("urn:test:origin:fetch-site")
                                .header("Authorization", editor())
                                .header("Sec-Fetch-Site", "cross-site"));

        assertRefusedAsCrossSite(response);
        assertThat(stored("urn:test:origin:fetch-site")).isFalse();
    }

    @Test
    void refusesAWriteWithACookieFromAnotherSiteEvenWithAToken() {
        HttpResponse<String> response =
                send(
                        request("/api/resources/DES999")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Cookie", "JSESSIONID=0123456789ABCDEF")
                                .header("Origin", ELSEWHERE)
                                .header("If-Match", "*")
                                .DELETE());

        assertRefusedAsCrossSite(response);
    }

    @Test
    void acceptsBasicWritesFromTheRegistrysOwnPagesAndFromTools() {
        assertThat(
                        send(update("urn:test:origin:own")
                                        .header("Authorization", editor())
                                        .header("Origin", "http://localhost:" + port)
                                        .header("Sec-Fetch-Site", "same-origin"))
                                .statusCode())
                .isEqualTo(204);
        assertThat(
                        send(update("urn:test:origin:tool").header("Authorization", editor()))
                                .statusCode())
                .isEqualTo(204);
        assertThat(stored("urn:test:origin:own")).isTrue();
        assertThat(stored("urn:test:origin:tool")).isTrue();
        send(
                request("/sparql")
                        .header("Authorization", editor())
                        .header("Content-Type", "application/sparql-update")
                        .POST(
                                body(
                                        "DROP GRAPH <urn:test:origin:own> ; DROP GRAPH <urn:test:origin:tool>")));
    }

    @Test
    void acceptsABasicWriteFromAConfiguredWriteOrigin() {
        HttpResponse<String> response =
                send(
                        update("urn:test:origin:trusted")
                                .header("Authorization", editor())
                                .header("Origin", TRUSTED_ORIGIN));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        send(
                request("/sparql")
                        .header("Authorization", editor())
                        .header("Content-Type", "application/sparql-update")
                        .POST(body("DROP GRAPH <urn:test:origin:trusted>")));
    }

    @Test
    void letsATokenWithoutCookiesWriteFromAnotherOrigin() {
        HttpResponse<String> response =
                send(
                        request("/api/resources/DES999")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Origin", ELSEWHERE)
                                .header("If-Match", "*")
                                .DELETE());

        assertThat(response.statusCode())
                .as("past the origin check, to the resource")
                .isEqualTo(404);
    }

    @Test
    void readsFromAnotherSitesPageAsBefore() {
        HttpResponse<String> response =
                send(
                        request("/api/resources/DES138")
                                .header("Authorization", editor())
                                .header("Origin", ELSEWHERE)
                                .header("Sec-Fetch-Site", "cross-site"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void letsAnyOriginQueryButOnlyTheWriteOriginUpdateByCors() {
        HttpResponse<String> readPreflight = send(preflight(ELSEWHERE, "GET"));
        assertThat(readPreflight.statusCode()).isEqualTo(200);
        assertThat(readPreflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(ELSEWHERE);

        assertThat(send(preflight(ELSEWHERE, "PUT")).statusCode()).isEqualTo(403);
        HttpResponse<String> writePreflight = send(preflight(TRUSTED_ORIGIN, "PUT"));
        assertThat(writePreflight.statusCode()).isEqualTo(200);
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("PUT"));

        HttpResponse<String> elsewhere =
                send(
                        update("urn:test:origin:cors")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Origin", ELSEWHERE));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("registry.security.write-origins");
        assertThat(stored("urn:test:origin:cors")).isFalse();

        HttpResponse<String> trusted =
                send(
                        update("urn:test:origin:cors")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Origin", TRUSTED_ORIGIN));
        assertThat(trusted.statusCode()).isEqualTo(204);
        assertThat(trusted.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(TRUSTED_ORIGIN);
        send(
                request("/sparql")
                        .header("Authorization", editor())
                        .header("Content-Type", "application/sparql-update")
                        .POST(body("DROP GRAPH <urn:test:origin:cors>")));
    }

    private HttpRequest.Builder preflight(String origin, String method) {
        return request("/sparql")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }
}
