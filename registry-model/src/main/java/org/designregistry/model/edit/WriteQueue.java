package org.designregistry.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.designregistry.model.Registry;

/**
 * The registry's writer: one thread per registry that takes the writes waiting for it, up to
 * {@value #MAX_BATCH} at a time, and commits each batch in one store transaction ({@link
 * WriteBatch}). TDB2 runs one write transaction at a time anyway, and each commit costs a fixed set
 * of file syncs (every index file, the node table and the journal, whatever the write touched);
 * writers that arrive together therefore share one commit instead of queueing for one each. A lone
 * write runs at once, as before. The thread stops when idle and starts again with the next write.
 */
final class WriteQueue {

    /** The most writes committed together. */
    static final int MAX_BATCH = 32;

    // Weak keys: a queue holds no reference to its registry between writes (each write carries
    // it), so a registry nobody uses any more is collected with its queue.
    private static final Map<Registry, WriteQueue> QUEUES =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Object lock = new Object();
    private final ArrayDeque<QueuedWrite> waiting = new ArrayDeque<>();
    private boolean draining;
    private final ThreadPoolExecutor writer =
            new ThreadPoolExecutor(
                    0,
                    1,
                    10,
                    TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(),
                    task -> {
                        Thread thread = new Thread(task, "registry-writer");
                        thread.setDaemon(true);
                        return thread;
                    });

    private final RecentCommits recent;

    // More drafts at once than cores finish no sooner: they take turns on the cores and on the
    // store's shared locks, and the writer thread, which every waiting write needs, takes turns
    // with them. Writes beyond this wait for a turn to draft, in order of arrival.
    private final Semaphore drafting =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    private WriteQueue(RecentCommits recent) {
        this.recent = recent;
    }

    /** Returns the queue of {@code registry}'s writes. */
    static WriteQueue of(Registry registry) {
        return QUEUES.computeIfAbsent(
                registry,
                r -> {
                    // Listening first, then reading the version: no commit after it is missed.
                    RecentCommits recent = new RecentCommits(Long.MAX_VALUE);
                    r.addCommitListener(recent);
                    recent.startAt(r.version());
                    return new WriteQueue(recent);
                });
    }

    /**
     * Checks a write ahead on the calling thread ({@link Precheck}) when the writer is busy, so
     * that it will probably share a batch; a write that will run at once is not drafted twice. At
     * most as many writes are drafted at once as there are cores.
     */
    Optional<Precheck> precheck(Registry registry, Consumer<Model> change) {
        synchronized (lock) {
            if (!draining) {
                return Optional.empty();
            }
        }
        drafting.acquireUninterruptibly();
        try {
            return Precheck.of(registry, change);
        } catch (RuntimeException e) {
            // Only a shortcut: the writer checks the write itself.
            return Optional.empty();
        } finally {
            drafting.release();
        }
    }

    /**
     * Runs {@code write} on the writer thread and waits for its outcome, as {@link
     * QueuedWrite#await()}.
     */
    void run(QueuedWrite write) {
        synchronized (lock) {
            waiting.add(write);
            if (!draining) {
                draining = true;
                writer.execute(this::drain);
            }
        }
        write.await();
    }

    /** Returns how many writes wait for the writer thread; tests use it to line writes up. */
    int waitingCount() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    private void drain() {
        while (true) {
            List<QueuedWrite> batch = new ArrayList<>();
            synchronized (lock) {
                while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
                    batch.add(waiting.poll());
                }
                if (batch.isEmpty()) {
                    draining = false;
                    return;
                }
            }
            try {
                WriteBatch.run(batch, recent);
            } catch (RuntimeException | Error e) {
                // Never leave a caller waiting: whatever is not done failed with this.
                batch.stream().filter(w -> !w.isDone()).forEach(w -> w.failed(e));
            }
        }
    }
}
