package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The guard behind the large stacks: with SPARQL threads given a small stack on purpose, a path too
 * deep for it is answered with a clear 422, and the server goes on answering.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"registry.sparql.stack-size=512KB", "registry.sparql.threads=1"})
class SparqlStackGuardIntegrationTest {

    @TempDir static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.resolve("store").toString());
    }

    @LocalServerPort int port;

    @Autowired Registry registry;

    @Test
    void answersAPathTooDeepForTheStackWith422AndKeepsServing() throws Exception {
        CyclicGraph.load(registry.dataset(), 20_000);
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> deep =
                http.send(
                        query(CyclicGraph.reachableFromStart()),
                        HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> after =
                http.send(query("ASK { ?s ?p ?o }"), HttpResponse.BodyHandlers.ofString());

        assertThat(deep.statusCode()).isEqualTo(422);
        assertThat(deep.body()).contains("registry.sparql.stack-size").doesNotContain("Exception");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("true");
    }

    private HttpRequest query(String query) {
        return HttpRequest.newBuilder(
                        URI.create(
                                "http://localhost:"
                                        + port
                                        + "/sparql?query="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }
}
