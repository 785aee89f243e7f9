package org.designregistry.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.server.webhook.WebhookProperties.Subscription;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;

/**
 * The dispatcher's bounds: a full queue drops changes with a warning and shows in the health, never
 * holding up a write; and the properties refuse what cannot work.
 */
class WebhookDispatcherTest {

    @Test
    void dropsChangesWhenTheQueueIsFullAndShowsItInTheHealth() throws Exception {
        try (Registry registry = Registries.createInMemory();
                Receiver hanging = Receiver.hanging(5_000);
                WebhookDispatcher dispatcher =
                        new WebhookDispatcher(
                                registry.history(), properties(hanging.url(), 1, 1))) {
            registry.addCommitListener(dispatcher);
            for (int i = 0; i < 5; i++) {
                int n = i;
                registry.update(
                        (Model m) -> m.add(m.createResource("urn:x:r"), RDFS.label, "" + n));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (dispatcher.stats().droppedCount() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(registry.history().latest()).isEqualTo(5);
            assertThat(dispatcher.stats().droppedCount()).isEqualTo(4);
            assertThat(dispatcher.pending()).isEqualTo(1);
            Health health = new WebhookHealthIndicator(dispatcher).health();
            assertThat(health.getStatus().getCode()).isEqualTo(WebhookHealthIndicator.DEGRADED);
            assertThat(health.getDetails()).containsEntry("dropped", 4L);
        }
    }

    @Test
    void doublesTheWaitBetweenTriesUpToTheMost() {
        WebhookProperties properties =
                new WebhookProperties(
                        List.of(),
                        10,
                        1,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        6,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(5));

        assertThat(
                        List.of(
                                properties.backoff(2),
                                properties.backoff(3),
                                properties.backoff(4),
                                properties.backoff(5)))
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(5));
    }

    @Test
    void refusesAnAddressThatIsNotHttpAndAShortSecretNamingTheProperty() {
        assertThatThrownBy(() -> properties("file:///etc/passwd", 1, 1))
                .hasMessageContaining("registry.webhooks.subscriptions[0].url");
        assertThatThrownBy(
                        () ->
                                new WebhookProperties(
                                        List.of(new Subscription("http://127.0.0.1/h", "short")),
                                        1,
                                        1,
                                        Duration.ofSeconds(1),
                                        Duration.ofSeconds(1),
                                        1,
                                        Duration.ofSeconds(1),
                                        Duration.ofSeconds(1)))
                .hasMessageContaining("registry.webhooks.subscriptions[0].secret");
    }

    private static WebhookProperties properties(String url, int capacity, int threads) {
        return new WebhookProperties(
                List.of(new Subscription(url, "a-secret-of-enough-length")),
                capacity,
                threads,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }
}
