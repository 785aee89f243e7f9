package org.designregistry.server.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code registry.webhooks.*} properties: the addresses told of each change, and how hard to
 * try.
 *
 * @param subscriptions the receivers ({@code registry.webhooks.subscriptions[0].url}, {@code
 *     ...secret}); none by default
 * @param queueCapacity the most deliveries waiting or being retried at once; a change that finds
 *     the queue full is dropped for that receiver, with a warning ({@code
 *     registry.webhooks.queue-capacity}, default 1000)
 * @param threads the threads that deliver ({@code registry.webhooks.threads}, default 2)
 * @param connectTimeout the longest wait to connect ({@code registry.webhooks.connect-timeout},
 *     default 2s)
 * @param timeout the longest wait for a receiver's reply ({@code registry.webhooks.timeout},
 *     default 10s)
 * @param maxAttempts how many times one delivery is tried ({@code registry.webhooks.max-attempts},
 *     default 6)
 * @param initialBackoff the wait before the first retry, doubled for each later one ({@code
 *     registry.webhooks.initial-backoff}, default 1s)
 * @param maxBackoff the longest wait between tries ({@code registry.webhooks.max-backoff}, default
 *     5m)
 */
@ConfigurationProperties("registry.webhooks")
record WebhookProperties(
        @DefaultValue List<Subscription> subscriptions,
        @DefaultValue("1000") int queueCapacity,
        @DefaultValue("2") int threads,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff) {

    /** Checks the values, naming the property that is wrong. */
    WebhookProperties {
        subscriptions = List.copyOf(subscriptions);
        for (int i = 0; i < subscriptions.size(); i++) {
            subscriptions.get(i).check("registry.webhooks.subscriptions[" + i + "]");
        }
        positive("queue-capacity", queueCapacity);
        positive("threads", threads);
        positive("max-attempts", maxAttempts);
        for (Duration d : List.of(connectTimeout, timeout, initialBackoff, maxBackoff)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(
                        "registry.webhooks.connect-timeout, timeout, initial-backoff and"
                                + " max-backoff must be more than 0");
            }
        }
    }

    /** Returns the wait before try {@code attempt} (2 or more): doubling, up to the most. */
    Duration backoff(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 2; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(
                    "registry.webhooks." + name + " must be at least 1, not " + value);
        }
    }

    /**
     * One receiver.
     *
     * @param url its http or https address; the registry posts each change there and follows no
     *     redirect
     * @param secret the key of the HMAC-SHA256 signature of each body, shared with the receiver; at
     *     least 16 characters
     */
    record Subscription(String url, String secret) {

        /** The fewest characters a secret may have. */
        static final int MIN_SECRET = 16;

        void check(String property) {
            String scheme = "";
            try {
                URI uri = new URI(url == null ? "" : url);
                scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (uri.getHost() == null) {
                    scheme = "";
                }
            } catch (URISyntaxException e) {
                scheme = "";
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException(
                        property
                                + ".url must be an absolute http or https address, not '"
                                + url
                                + "'");
            }
            if (secret == null || secret.length() < MIN_SECRET) {
                throw new IllegalArgumentException(
                        property + ".secret must have at least " + MIN_SECRET + " characters");
            }
        }

        /** Shows the address only: the secret stays out of logs. */
        @Override
        public String toString() {
            return url;
        }
    }
}
