package org.designregistry.server.system;

import org.designregistry.model.Registry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code search} health component: UP when the search index is in step with the store, {@value
 * #DEGRADED} with the reason when it is not.
 *
 * <p>{@value #DEGRADED} is not among the statuses the overall health is aggregated from, so the
 * server stays UP (200): the store serves reads and writes without the index, and only search
 * suffers. Monitoring that cares watches this component.
 */
@Component
class SearchHealthIndicator implements HealthIndicator {

    /** The status of a search index that cannot be used or is behind the store. */
    static final String DEGRADED = "DEGRADED";

    private final Registry registry;

    SearchHealthIndicator(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        return registry.search()
                .degraded()
                .map(
                        why ->
                                Health.status(new Status(DEGRADED))
                                        .withDetail("reason", why)
                                        .withDetail("repair", "registry reindex")
                                        .build())
                .orElseGet(() -> Health.up().build());
    }
}
