package org.designregistry.server.impact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The impact graph's {@code registry.impact.graph.*} properties.
 *
 * @param maxNodes the most resources the impact page's graph and {@code GET /api/impact/graph} hold
 *     ({@code registry.impact.graph.max-nodes}, default 500), nearest the start first; the page
 *     says when the graph stops there, and its table still lists every resource
 */
@ConfigurationProperties("registry.impact.graph")
public record ImpactGraphProperties(@DefaultValue("500") int maxNodes) {

    /**
     * Checks the cap.
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public ImpactGraphProperties {
        if (maxNodes < 1) {
            throw new IllegalArgumentException(
                    "registry.impact.graph.max-nodes must be at least 1, not " + maxNodes);
        }
    }
}
