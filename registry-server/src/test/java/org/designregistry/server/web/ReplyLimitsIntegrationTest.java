package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reply larger than {@code registry.limits.max-reply-size} (200 KB here, so that the MHHS
 * sample's graph and Cytoscape's script pass it) is refused with 413 when nothing was sent yet, and
 * cut off, its connection closed, when it was under way.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "registry.limits.max-reply-size=200KB")
class ReplyLimitsIntegrationTest {

    @TempDir static Path data;

    @DynamicPropertySource
    static void storeInTempFolder(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.resolve("store").toString());
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String accept)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesRepliesWithinTheLimit() throws Exception {
        assertThat(get("/", "text/html").statusCode()).isEqualTo(200);
        assertThat(get("/api/kinds", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAReplyDeclaredLargerThanTheLimitWith413() throws Exception {
        HttpResponse<String> response = get("/assets/cytoscape/cytoscape.min.js", "*/*");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("registry.limits.max-reply-size (200KB)");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void showsBrowsersTheErrorPageWithTheLimit() throws Exception {
        HttpResponse<String> page = get("/assets/cytoscape/cytoscape.min.js", "text/html");

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body())
                .contains("id=\"error-message\"")
                .contains("registry.limits.max-reply-size (200KB)");
    }

    @Test
    void cutsAReplyUnderWayAtTheLimitAndClosesTheConnection() throws Exception {
        HttpRequest whole =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/data?default"))
                        .header("Accept", "application/n-triples")
                        .build();

        assertThatThrownBy(() -> http.send(whole, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
        assertThat(get("/api/kinds", "application/json").statusCode())
                .as("the server answers on")
                .isEqualTo(200);
    }
}
