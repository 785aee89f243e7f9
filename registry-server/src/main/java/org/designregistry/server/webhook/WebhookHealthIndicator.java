package org.designregistry.server.webhook;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code webhooks} health component: UP with the delivery counts, or {@value #DEGRADED} once a
 * change was dropped because the queue was full, or abandoned after its last try, since the server
 * started. {@value #DEGRADED} does not take the server's overall health down: writes go on, and
 * only the receivers miss changes (they can catch up from {@code /api/changes}).
 */
class WebhookHealthIndicator implements HealthIndicator {

    /** The status once a receiver missed a change. */
    static final String DEGRADED = "DEGRADED";

    private final WebhookDispatcher dispatcher;

    WebhookHealthIndicator(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public Health health() {
        WebhookDispatcher.WebhookStats stats = dispatcher.stats();
        boolean missed = stats.droppedCount() > 0 || stats.failedCount() > 0;
        Health.Builder health = missed ? Health.status(new Status(DEGRADED)) : Health.up();
        health.withDetail("pending", dispatcher.pending())
                .withDetail("delivered", stats.deliveredCount())
                .withDetail("retried", stats.retriedCount())
                .withDetail("failed", stats.failedCount())
                .withDetail("dropped", stats.droppedCount());
        stats.lastDropped().ifPresent(t -> health.withDetail("lastDropped", t.toString()));
        stats.lastFailed().ifPresent(t -> health.withDetail("lastFailed", t.toString()));
        if (missed) {
            health.withDetail(
                    "repair",
                    "receivers missed changes: see the log, and let them read /api/changes");
        }
        return health.build();
    }
}
