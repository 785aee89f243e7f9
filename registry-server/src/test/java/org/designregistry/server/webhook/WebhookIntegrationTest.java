package org.designregistry.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.designregistry.model.Registry;
import org.designregistry.server.security.TokenHashes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webhooks against receivers on 127.0.0.1: each change reaches a working receiver once, signed; a
 * receiver that fails at first gets it on a retry; and a dead and a hanging receiver leave writes
 * fast and successful.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebhookIntegrationTest {

    private static final String TOKEN = "a-webhook-test-token";
    private static final String GOOD_SECRET = "the-good-receivers-secret";
    private static final String FLAKY_SECRET = "the-flaky-receivers-secret";
    private static final Path DATA =
            Path.of("target", "it-webhooks-" + ProcessHandle.current().pid()).toAbsolutePath();
    private static final long HANG_MILLIS = 20_000;

    private static final Receiver GOOD = Receiver.answering(204);
    private static final Receiver FLAKY = Receiver.answering(500, 503, 200);
    private static final Receiver HANGING = Receiver.hanging(HANG_MILLIS);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        properties.add("registry.data", DATA::toString);
        properties.add("registry.security.tokens[0].name", () -> "tool");
        properties.add("registry.security.tokens[0].hash", () -> TokenHashes.hash(TOKEN));
        properties.add("registry.security.tokens[0].roles", () -> "editor");
        String[][] hooks = {
            {GOOD.url(), GOOD_SECRET},
            {FLAKY.url(), FLAKY_SECRET},
            {Receiver.deadUrl(), "the-dead-receivers-secret"},
            {HANGING.url(), "the-hanging-receivers-secret"}
        };
        for (int i = 0; i < hooks.length; i++) {
            String[] hook = hooks[i];
            properties.add("registry.webhooks.subscriptions[" + i + "].url", () -> hook[0]);
            properties.add("registry.webhooks.subscriptions[" + i + "].secret", () -> hook[1]);
        }
        properties.add("registry.webhooks.timeout", () -> "500ms");
        properties.add("registry.webhooks.initial-backoff", () -> "100ms");
        properties.add("registry.webhooks.max-attempts", () -> "4");
    }

    @AfterAll
    static void stopReceivers() {
        GOOD.close();
        FLAKY.close();
        HANGING.close();
    }

    @LocalServerPort int port;

    @Autowired Registry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void deliversEachChangeOnceSignedAndRetriesWhileDeadAndHangingReceiversNeverSlowWrites()
            throws Exception {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            HttpResponse<String> reply = comment("Hook " + i);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(reply.statusCode()).isEqualTo(204);
            // Far below the hanging receiver's hold: the write never waits for a receiver.
            assertThat(took).isLessThan(Duration.ofMillis(HANG_MILLIS / 4));
            numbers.add(registry.history().latest());
        }

        await(() -> changes(GOOD).containsAll(numbers));
        await(() -> successes(FLAKY).containsAll(numbers));
        Thread.sleep(500); // time for a duplicate to arrive, were there one
        assertThat(changes(GOOD)).containsExactlyElementsOf(numbers);
        for (Receiver.Received r : GOOD.received()) {
            assertThat(r.signature())
                    .isEqualTo(
                            WebhookSignature.sign(
                                    GOOD_SECRET, r.body().getBytes(StandardCharsets.UTF_8)));
            long change = JsonPath.parse(r.body()).read("$.change.number", Long.class);
            assertThat(r.change()).isEqualTo(Long.toString(change));
            assertThat(JsonPath.parse(r.body()).read("$.event", String.class))
                    .isEqualTo("change.recorded");
            assertThat(JsonPath.parse(r.body()).read("$.change.principal", String.class))
                    .isEqualTo("token:tool");
        }
        // The flaky receiver's first two answers failed, and those tries were made again.
        assertThat(FLAKY.received()).hasSizeGreaterThanOrEqualTo(numbers.size() + 2);
        for (Receiver.Received r : FLAKY.received()) {
            assertThat(r.signature())
                    .isEqualTo(
                            WebhookSignature.sign(
                                    FLAKY_SECRET, r.body().getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> health = get("/actuator/health");
        assertThat(JsonPath.parse(health.body()).read("$.status", String.class)).isEqualTo("UP");
    }

    private static List<Long> changes(Receiver receiver) {
        return receiver.received().stream().map(r -> Long.parseLong(r.change())).toList();
    }

    /** The changes the flaky receiver took: its statuses go 500, 503, then 200 from then on. */
    private static List<Long> successes(Receiver receiver) {
        List<Receiver.Received> all = receiver.received();
        return all.subList(Math.min(2, all.size()), all.size()).stream()
                .map(r -> Long.parseLong(r.change()))
                .toList();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for deliveries").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> comment(String text) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "INSERT DATA { <https://hooks.test/r> "
                                                + "<http://www.w3.org/2000/01/rdf-schema#comment>"
                                                + " \""
                                                + text
                                                + "\" }"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
