package org.designregistry.server.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.designregistry.model.Commit;
import org.designregistry.model.CommitListener;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.server.history.ChangeResponse;
import org.designregistry.server.webhook.WebhookProperties.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers each recorded change once to every subscription, after its commit, off the write path.
 *
 * <p>A commit only wakes the feeder thread (no I/O, no read, no lock on the writer's thread), so a
 * receiver that is slow, hangs or is gone can never slow or fail a write. The feeder reads the
 * changes recorded since the last it queued, in number order, and queues one delivery per change
 * and subscription. At most {@code queue-capacity} deliveries wait, run or wait to be retried at
 * once; a delivery that finds no room is dropped with a warning, and the {@code webhooks} health
 * shows it. A failed try (no connection, a timeout, or a status other than 2xx, redirects included)
 * is retried after a doubling wait, up to {@code max-attempts} tries. Changes recorded before the
 * server started are not delivered.
 */
final class WebhookDispatcher implements CommitListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChangeHistory history;
    private final WebhookProperties properties;
    private final WebhookSender sender;
    private final Semaphore room;
    private final Semaphore wake = new Semaphore(0);
    private final ExecutorService deliverers;
    private final ScheduledExecutorService retries;
    private final Thread feeder;
    private final WebhookStats stats = new WebhookStats();
    private volatile long lastQueued;
    private volatile boolean running = true;

    WebhookDispatcher(ChangeHistory history, WebhookProperties properties) {
        this.history = history;
        this.properties = properties;
        this.sender = new WebhookSender(properties);
        this.room = new Semaphore(properties.queueCapacity());
        this.deliverers = Executors.newFixedThreadPool(properties.threads(), daemons("webhook-"));
        this.retries = Executors.newSingleThreadScheduledExecutor(daemons("webhook-retries-"));
        this.lastQueued = history.latest();
        this.feeder = daemons("webhook-feeder-").newThread(this::feed);
        feeder.start();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicLong count = new AtomicLong();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Wakes the feeder; returns at once. */
    @Override
    public void committed(Commit commit) {
        if (running) {
            wake.release();
        }
    }

    /** Returns the counts of deliveries, for the health. */
    WebhookStats stats() {
        return stats;
    }

    /** Returns the deliveries waiting, running or waiting to be retried. */
    int pending() {
        return properties.queueCapacity() - room.availablePermits();
    }

    private void feed() {
        while (running) {
            try {
                // Also look without a wake-up now and then, in case a commit's came too early.
                wake.tryAcquire(1, TimeUnit.SECONDS);
                wake.drainPermits();
                queueNewChanges();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Webhooks could not read the latest changes: {}", e.toString());
            }
        }
    }

    private void queueNewChanges() {
        long latest = history.latest();
        for (long n = lastQueued + 1; n <= latest && running; n++) {
            Optional<ChangeRecord> change = history.get(n);
            if (change.isPresent()) {
                byte[] body =
                        JSON.writeValueAsString(WebhookEvent.of(ChangeResponse.of(change.get())))
                                .getBytes(StandardCharsets.UTF_8);
                for (Subscription to : properties.subscriptions()) {
                    queue(new Delivery(to, n, body), 1);
                }
            }
            lastQueued = n;
        }
    }

    private void queue(Delivery delivery, int attempt) {
        if (attempt == 1 && !room.tryAcquire()) {
            stats.dropped(Instant.now());
            LOG.warn(
                    "Webhook queue full ({} deliveries, registry.webhooks.queue-capacity): change"
                            + " {} dropped for {}",
                    properties.queueCapacity(),
                    delivery.change(),
                    delivery.to());
            return;
        }
        try {
            deliverers.execute(() -> attempt(delivery, attempt));
        } catch (RejectedExecutionException e) {
            room.release(); // shutting down
        }
    }

    private void attempt(Delivery delivery, int attempt) {
        String failure;
        try {
            int status = sender.post(delivery.to(), delivery.change(), delivery.body());
            if (status >= 200 && status < 300) {
                stats.delivered();
                room.release();
                return;
            }
            failure = "status " + status;
        } catch (IOException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            room.release();
            return;
        } catch (RuntimeException e) {
            failure = e.toString();
        }
        if (attempt < properties.maxAttempts() && running) {
            stats.retried();
            LOG.debug(
                    "Webhook try {} of change {} to {} failed ({}); retrying",
                    attempt,
                    delivery.change(),
                    delivery.to(),
                    failure);
            try {
                retries.schedule(
                        () -> queue(delivery, attempt + 1),
                        properties.backoff(attempt + 1).toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                room.release();
            }
            return;
        }
        stats.failed(Instant.now());
        room.release();
        LOG.warn(
                "Webhook delivery of change {} to {} failed after {} tries: {}",
                delivery.change(),
                delivery.to(),
                attempt,
                failure);
    }

    /** Stops delivering; deliveries still queued are abandoned. */
    @Override
    public void close() {
        running = false;
        feeder.interrupt();
        retries.shutdownNow();
        deliverers.shutdownNow();
    }

    /** One change to post to one receiver. */
    private record Delivery(Subscription to, long change, byte[] body) {}

    /** The counts since the server started, and when a change was last dropped or abandoned. */
    static final class WebhookStats {
        private final AtomicLong delivered = new AtomicLong();
        private final AtomicLong retried = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong dropped = new AtomicLong();
        private final AtomicReference<Instant> lastDropped = new AtomicReference<>();
        private final AtomicReference<Instant> lastFailed = new AtomicReference<>();

        void delivered() {
            delivered.incrementAndGet();
        }

        void retried() {
            retried.incrementAndGet();
        }

        void failed(Instant when) {
            failed.incrementAndGet();
            lastFailed.set(when);
        }

        void dropped(Instant when) {
            dropped.incrementAndGet();
            lastDropped.set(when);
        }

        long deliveredCount() {
            return delivered.get();
        }

        long retriedCount() {
            return retried.get();
        }

        long failedCount() {
            return failed.get();
        }

        long droppedCount() {
            return dropped.get();
        }

        Optional<Instant> lastDropped() {
            return Optional.ofNullable(lastDropped.get());
        }

        Optional<Instant> lastFailed() {
            return Optional.ofNullable(lastFailed.get());
        }
    }
}
