package org.designregistry.server.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many reads the server works on at once: {@code registry.reads.*} (see {@link
 * ReadAdmissionFilter}).
 *
 * @param concurrency the most reads (GET, HEAD) answered at once ({@code
 *     registry.reads.concurrency}); 0, the default, means twice the machine's cores
 * @param queueTimeout how long a read waits for its turn before it is answered 503 ({@code
 *     registry.reads.queue-timeout}, default 30 s)
 */
@ConfigurationProperties("registry.reads")
public record ReadAdmissionProperties(
        @DefaultValue("0") int concurrency, @DefaultValue("30s") Duration queueTimeout) {

    public ReadAdmissionProperties {
        if (concurrency < 0) {
            throw new IllegalArgumentException(
                    "registry.reads.concurrency must be 0 (twice the cores) or more, not "
                            + concurrency);
        }
        if (queueTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "registry.reads.queue-timeout must not be negative, not " + queueTimeout);
        }
    }

    /** Returns the most reads answered at once, the default resolved for this machine. */
    public int permits() {
        return concurrency > 0
                ? concurrency
                : 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
