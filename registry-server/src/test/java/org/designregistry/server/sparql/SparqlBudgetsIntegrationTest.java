package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What one query, and one client, may take: rows held by sorts, groups and distinct sets, reply
 * bytes, time, queries at once; and reads that do not wait behind writes. Over the MHHS sample,
 * where {@code { ?a ?b ?c . ?s ?p ?o }} has hundreds of millions of rows.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "registry.sparql.max-sorted-rows=1000",
            "registry.sparql.spill-to-disk-threshold=100",
            "registry.sparql.max-result-bytes=64KB",
            "registry.sparql.max-queries-per-client=2",
            "registry.sparql.threads=1",
            "registry.sparql.write-threads=1",
            "registry.sparql.queue=1",
            "registry.sparql.timeout=20s"
        })
class SparqlBudgetsIntegrationTest {

    private static final String CROSS = "{ ?a ?b ?c . ?s ?p ?o }";
    // Three copies of the graph joined with nothing in common: no machine counts them within the
    // tests' time-outs (two copies, some 50 million rows, a fast idle machine could).
    private static final String SLOW_COUNT =
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?s ?p ?o . ?x ?y ?z }";
    private static final String ASK = "ASK { ?s ?p ?o }";

    @TempDir static Path data;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.resolve("store").toString());
        properties.add("registry.security.users[0].name", () -> "edith");
        properties.add(
                "registry.security.users[0].password-hash",
                () -> new BCryptPasswordEncoder(4).encode("edith-password"));
        properties.add("registry.security.users[0].roles", () -> "editor");
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void stopsASortOverTheRowBudgetWith422AndKeepsServing() {
        HttpResponse<String> sorted = query("SELECT ?a ?o " + CROSS + " ORDER BY ?o ?a");

        assertThat(sorted.statusCode()).isEqualTo(422);
        assertThat(sorted.body())
                .contains("more than 1,000 rows")
                .contains("registry.sparql.max-sorted-rows")
                .doesNotContain("Exception");
        assertThat(query(ASK).statusCode()).isEqualTo(200);
    }

    @Test
    void stopsAGroupConcatOverTheRowBudgetWith422() {
        HttpResponse<String> grouped = query("SELECT (GROUP_CONCAT(STR(?o)) AS ?x) " + CROSS);

        assertThat(grouped.statusCode()).isEqualTo(422);
        assertThat(grouped.body()).contains("registry.sparql.max-sorted-rows");
    }

    @Test
    void stopsADistinctThatKeepsMoreRowsThanTheBudgetWith422() {
        HttpResponse<String> distinct =
                query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { ?s ?p ?o } }");

        assertThat(distinct.statusCode()).isEqualTo(422);
        assertThat(distinct.body()).contains("registry.sparql.max-sorted-rows");
    }

    @Test
    void countsAndDistinctsThatHoldFewRowsPassTheBudget() {
        HttpResponse<String> count = query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        HttpResponse<String> predicates = query("SELECT DISTINCT ?p { ?s ?p ?o }");

        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        assertThat(predicates.statusCode()).as(predicates.body()).isEqualTo(200);
    }

    @Test
    void refusesAReplyLargerThanTheByteLimitWith422() {
        HttpResponse<String> large = query("SELECT * { ?s ?p ?o } LIMIT 900");

        assertThat(large.statusCode()).isEqualTo(422);
        assertThat(large.body())
                .startsWith("Query refused: its results are larger than 65,536 bytes")
                .contains("registry.sparql.max-result-bytes")
                .doesNotContain("\"bindings\"");
        HttpResponse<String> small = query("SELECT * { ?s ?p ?o } LIMIT 5");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValueAsLong("Content-Length"))
                .hasValue(small.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void statesTheClientsTimeOutWhenItIsLower() {
        long start = System.nanoTime();

        HttpResponse<String> stopped = send(get(SLOW_COUNT, "&timeout=1"));

        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body())
                .contains("time limit of 1 s")
                .contains("timeout parameter")
                .contains("the server's is 20 s, registry.sparql.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void answersATimeOutWhileResultsAreWrittenWith503NotACutOffReply() {
        // The first row comes at once, the rest never: the time-out fires while writing.
        HttpResponse<String> stopped =
                send(
                        get(
                                "SELECT ?x { { BIND(1 AS ?x) } UNION { "
                                        + CROSS
                                        + " FILTER(STR(?o) = \"none\") } }",
                                "&timeout=1"));

        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body())
                .startsWith("Query stopped: it ran longer than the time limit of 1 s")
                .doesNotContain("Incomplete results")
                .doesNotContain("\"bindings\"");
    }

    @Test
    void refusesAClientsThirdQueryAtOnceWith429AndAFullPoolWith503WhileWritesGoOn()
            throws Exception {
        // Two slow queries from this address: one runs on the only query thread, one waits.
        // Their time-out leaves room for a slow machine: they must outlast the requests below.
        CompletableFuture<HttpResponse<String>> running = sendAsync(get(SLOW_COUNT, "&timeout=12"));
        Thread.sleep(1000);
        CompletableFuture<HttpResponse<String>> waiting = sendAsync(get(SLOW_COUNT, "&timeout=12"));
        Thread.sleep(1000);

        HttpResponse<String> third = query(ASK);
        HttpResponse<String> otherClient =
                send(get(ASK, "").header("Authorization", basic("edith", "edith-password")));
        HttpResponse<String> update =
                send(
                        HttpRequest.newBuilder(uri("/sparql"))
                                .header("Authorization", basic("edith", "edith-password"))
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "INSERT DATA { <urn:budgets>"
                                                        + " <urn:b> \"c\" }")));

        assertThat(running).as("still running").isNotDone();
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(third.body()).contains("registry.sparql.max-queries-per-client");
        assertThat(otherClient.statusCode()).isEqualTo(503);
        assertThat(otherClient.headers().firstValue("Retry-After")).isPresent();
        assertThat(otherClient.body()).contains("registry.sparql.threads");
        // The update ran on the write threads while both query places were taken.
        assertThat(update.statusCode()).as(update.body()).isEqualTo(204);
        assertThat(running.get().statusCode()).isEqualTo(503);
        assertThat(waiting.get().statusCode()).isEqualTo(503);
        assertThat(query(ASK).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> query(String query) {
        return send(get(query, ""));
    }

    private HttpRequest.Builder get(String query, String parameters) {
        return HttpRequest.newBuilder(
                        uri(
                                "/sparql?query="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)
                                        + parameters))
                .header("Accept", "application/sparql-results+json");
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
