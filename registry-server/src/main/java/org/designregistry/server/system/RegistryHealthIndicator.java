package org.designregistry.server.system;

import org.designregistry.model.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code registry} health component: UP with the number of triples when the store can be read,
 * DOWN when it cannot.
 */
@Component
class RegistryHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(RegistryHealthIndicator.class);

    private final Registry registry;

    RegistryHealthIndicator(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("triples", registry.size()).build();
        } catch (RuntimeException e) {
            // The cause goes to the log, not to the HTTP reply.
            log.warn("Registry health check failed: the store cannot be read", e);
            return Health.down().withDetail("error", "The store cannot be read").build();
        }
    }
}
