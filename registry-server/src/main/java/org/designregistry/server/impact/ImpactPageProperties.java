package org.designregistry.server.impact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code registry.impact.page.*} properties of the impact page.
 *
 * @param defaultDepth how many links the page follows when the address names no depth, so that a
 *     first look lists the nearest, most certain impact; the page offers to go deeper ({@code
 *     registry.impact.page.default-depth}, default 3; 1 or more). The API has no default depth.
 */
@ConfigurationProperties("registry.impact.page")
record ImpactPageProperties(@DefaultValue("3") int defaultDepth) {

    /** Checks the value, naming the property. */
    ImpactPageProperties {
        if (defaultDepth < 1) {
            throw new IllegalArgumentException(
                    "registry.impact.page.default-depth must be 1 or more, not " + defaultDepth);
        }
    }
}
