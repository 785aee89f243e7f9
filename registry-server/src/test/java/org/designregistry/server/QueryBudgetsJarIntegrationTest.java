package org.designregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server under a small heap (256 MB, as documented: with {@code
 * -XX:+ExitOnOutOfMemoryError}) and its default query budgets: hostile queries run at once are
 * refused or stopped with 4xx or 503, never exhaust the heap, and the server answers normally
 * after. Before the budgets, three of these sorts took a server down.
 */
class QueryBudgetsJarIntegrationTest {

    private static final Pattern READY =
            Pattern.compile("Design Registry ready at http://localhost:(\\d+)/");

    private static final String CROSS = "{ ?a ?b ?c . ?s ?p ?o }";
    private static final List<String> HOSTILE =
            List.of(
                    "SELECT ?a ?o " + CROSS + " ORDER BY ?o ?a",
                    "SELECT ?a ?o " + CROSS + " ORDER BY ?a ?o",
                    "SELECT ?s ?o " + CROSS + " ORDER BY DESC(?o)",
                    "SELECT (GROUP_CONCAT(STR(?o)) AS ?x) " + CROSS,
                    "SELECT ?s ?o (COUNT(*) AS ?n) " + CROSS + " GROUP BY ?s ?o",
                    "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?a ?o " + CROSS + " }");

    @TempDir Path temp;

    @Test
    void refusesOrStopsHostileQueriesUnderASmallHeapAndKeepsServing() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("registry.jar", "target/registry-server.jar");
        ProcessBuilder builder =
                new ProcessBuilder(
                                java,
                                "-Xmx256m",
                                "-XX:+ExitOnOutOfMemoryError",
                                "-jar",
                                jar,
                                "serve",
                                "--data",
                                temp.resolve("data").toString(),
                                "--port",
                                "0")
                        .redirectErrorStream(true);
        // Every query runs at once (not only two per client), to load the heap.
        builder.environment().put("REGISTRY_SPARQL_MAXQUERIESPERCLIENT", "0");
        builder.environment().put("REGISTRY_SPARQL_THREADS", String.valueOf(HOSTILE.size()));
        // Queries that are neither refused nor finished are stopped sooner than the default 30 s.
        builder.environment().put("REGISTRY_SPARQL_TIMEOUT", "10s");
        Process server = builder.start();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try {
            String base = "http://localhost:" + awaitReady(server, log) + "/";
            HttpClient http = HttpClient.newHttpClient();

            List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
            for (String query : HOSTILE) {
                replies.add(
                        http.sendAsync(sparql(base, query), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < HOSTILE.size(); i++) {
                HttpResponse<String> reply = replies.get(i).get(120, TimeUnit.SECONDS);
                assertThat(reply.statusCode())
                        .as(HOSTILE.get(i) + "\n" + reply.body())
                        .isIn(422, 503);
                assertThat(reply.body()).contains("registry.sparql.");
            }
            HttpResponse<String> normal =
                    http.send(
                            sparql(base, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                            HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health =
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + "actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(normal.statusCode()).isEqualTo(200);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(server.isAlive()).isTrue();
            assertThat(String.join("\n", log)).doesNotContain("OutOfMemoryError");
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as(String.join("\n", log)).isTrue();
        }
    }

    private static HttpRequest sparql(String base, String query) {
        return HttpRequest.newBuilder(
                        URI.create(
                                base
                                        + "sparql?query="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120))
                .build();
    }

    private static String awaitReady(Process server, List<String> log) throws Exception {
        CompletableFuture<String> port = new CompletableFuture<>();
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader lines =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    server.getInputStream(),
                                                    StandardCharsets.UTF_8))) {
                                for (String line = lines.readLine();
                                        line != null;
                                        line = lines.readLine()) {
                                    log.add(line);
                                    Matcher ready = READY.matcher(line);
                                    if (!port.isDone() && ready.find()) {
                                        port.complete(ready.group(1));
                                    }
                                }
                                port.completeExceptionally(
                                        new IllegalStateException("The server stopped: " + log));
                            } catch (IOException e) {
                                port.completeExceptionally(e);
                            }
                        },
                        "server-output");
        reader.setDaemon(true);
        reader.start();
        return port.get(120, TimeUnit.SECONDS);
    }
}
