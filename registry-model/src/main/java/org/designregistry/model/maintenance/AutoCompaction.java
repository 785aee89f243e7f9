package org.designregistry.model.maintenance;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.designregistry.model.CommitListener;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a registry's store by itself once it has grown well past the size of its live data.
 *
 * <p>After a commit, a check is scheduled on a background thread a quiet period later; further
 * commits in the meantime share that check, so a burst of writes costs one check, and no write
 * waits for it. The check compacts the store when its size on disk passes both {@code minimumBytes}
 * and {@code ratio} times an estimate of the live data's size: the size of an empty TDB2 store (its
 * preallocated files, {@value #EMPTY_STORE_BYTES} bytes) plus {@value #BYTES_PER_QUAD} bytes a
 * quad, an overestimate, so that a store is never compacted for nothing. Counting the quads reads
 * them all, once per check. Writers wait while a compaction copies the store (see {@link
 * StoreMaintenance#compact()}).
 *
 * <pre>{@code
 * AutoCompaction auto = AutoCompaction.start(registry, 4.0, 256L << 20, Duration.ofMinutes(1));
 * ...
 * auto.close(); // before the registry closes
 * }</pre>
 */
public final class AutoCompaction implements AutoCloseable {

    /** The bytes an empty TDB2 store takes on disk with the default settings. */
    public static final long EMPTY_STORE_BYTES = 201_326_924L;

    /** The bytes a quad is taken to need in a compacted store: more than it does. */
    public static final long BYTES_PER_QUAD = 200;

    private static final Logger LOG = LoggerFactory.getLogger(AutoCompaction.class);

    private final Registry registry;
    private final StoreMaintenance maintenance;
    private final double ratio;
    private final long minimumBytes;
    private final Duration quietPeriod;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean checkPending = new AtomicBoolean();
    private final CommitListener listener = commit -> scheduleCheck();

    private AutoCompaction(
            Registry registry, double ratio, long minimumBytes, Duration quietPeriod) {
        this.registry = registry;
        this.maintenance = StoreMaintenance.of(registry);
        this.ratio = ratio;
        this.minimumBytes = minimumBytes;
        this.quietPeriod = quietPeriod;
        ScheduledThreadPoolExecutor executor =
                new ScheduledThreadPoolExecutor(
                        1,
                        task -> {
                            Thread t = new Thread(task, "registry-auto-compaction");
                            t.setDaemon(true);
                            return t;
                        });
        // On close, checks not yet begun are dropped, and a running one finishes.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = executor;
    }

    /**
     * Starts watching a registry on disk: from now on, each burst of commits is followed by a check
     * {@code quietPeriod} later, which compacts the store when it is too large. A check is also
     * made now, for a store that grew before it was opened.
     *
     * @param ratio how many times the estimated live size the store may take; more than 1
     * @param minimumBytes the size below which a store is never compacted
     * @param quietPeriod how long after a commit to check, so that a burst of commits shares one
     *     check
     * @throws IllegalArgumentException if the ratio is 1 or less, or a size or period is negative
     * @throws RegistryException for a registry in memory
     */
    public static AutoCompaction start(
            Registry registry, double ratio, long minimumBytes, Duration quietPeriod) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (!(ratio > 1)) {
            throw new IllegalArgumentException(
                    "The compaction ratio must be more than 1, not " + ratio);
        }
        if (minimumBytes < 0 || quietPeriod.isNegative()) {
            throw new IllegalArgumentException(
                    "The minimum size and quiet period must not be negative: "
                            + minimumBytes
                            + ", "
                            + quietPeriod);
        }
        AutoCompaction auto = new AutoCompaction(registry, ratio, minimumBytes, quietPeriod);
        registry.addCommitListener(auto.listener);
        auto.scheduleCheck();
        return auto;
    }

    /**
     * Returns the size on disk above which the store is compacted, for the given number of quads.
     */
    public long thresholdBytes(long quads) {
        double live = EMPTY_STORE_BYTES + (double) quads * BYTES_PER_QUAD;
        return Math.max(minimumBytes, (long) Math.min(Long.MAX_VALUE, ratio * live));
    }

    /**
     * Stops watching and waits for a running check or compaction to finish; call it before the
     * registry closes. Closing twice does nothing.
     */
    @Override
    public void close() {
        registry.removeCommitListener(listener);
        // Not shutdownNow(): interrupting a thread in file I/O closes the file's channel (NIO's
        // interruptible channels), and a compaction interrupted so left the new store generation
        // with closed files that every later read failed on ("Segment = 0").
        thread.shutdown();
        try {
            // A compaction is done in seconds to minutes.
            if (!thread.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.warn("A store compaction still runs after 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void scheduleCheck() {
        if (checkPending.compareAndSet(false, true) && !thread.isShutdown()) {
            try {
                thread.schedule(this::check, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                // Closed meanwhile: no more checks.
                checkPending.set(false);
            }
        }
    }

    private void check() {
        // Commits from now on schedule the next check.
        checkPending.set(false);
        try {
            long bytes = maintenance.bytesOnDisk();
            if (bytes < minimumBytes) {
                return;
            }
            long quads = maintenance.quads();
            long threshold = thresholdBytes(quads);
            if (bytes <= threshold) {
                return;
            }
            LOG.info(
                    "Compacting the store: {} MiB on disk for {} quads, over the {} MiB allowed",
                    bytes >> 20,
                    quads,
                    threshold >> 20);
            StoreMaintenance.Compaction done = maintenance.compact();
            LOG.info(
                    "Compacted the store {} from {} MiB to {} MiB in {} ms",
                    done.store(),
                    done.bytesBefore() >> 20,
                    done.bytesAfter() >> 20,
                    done.millis());
        } catch (RuntimeException e) {
            // The registry may be closing; the next commit schedules another check.
            LOG.warn("Could not check or compact the store: {}", e.toString());
        }
    }
}
