package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.designregistry.model.Commit;

/**
 * Keeps the impact index in step with committed writes: compares the registry's data version
 * ({@link org.designregistry.model.Registry#version()}, one more per committed write, whatever path
 * the write took) with the version the index was built at and, on the next request for the index
 * when they differ, brings it up to date from the changes of the commits in between ({@link
 * IndexUpdate}), which it is told of as they commit; it rebuilds it only when a commit in between
 * is missing or not itemised, or its changes touch what decides propagation. A write that nobody
 * analyses after costs one list entry here.
 *
 * <p>This is the one place that knows how staleness is detected. The version is read before the
 * read transaction that builds or updates an index begins, so a commit that lands in between makes
 * the index look older than it is: its changes are applied once more (which changes nothing), never
 * missed. At most {@value #MAX_PENDING} commits are kept waiting; past that the index is rebuilt.
 */
final class IndexFreshness {

    /** The most commits kept for an update; more mean a rebuild. */
    static final int MAX_PENDING = 1_000;

    /** Brings an index up to a version from commits, or returns empty for a rebuild. */
    @FunctionalInterface
    interface Updater {
        Optional<ImpactIndex> update(ImpactIndex index, List<Commit> commits, long version);
    }

    private final LongSupplier version;
    private final LongFunction<ImpactIndex> build;
    private final Updater updater;
    private final ConcurrentSkipListMap<Long, Commit> pending = new ConcurrentSkipListMap<>();
    private volatile ImpactIndex current;

    /**
     * Follows {@code version}; {@code build} builds an index tagged with the given version, and
     * {@code updater} updates one, each in its own read transaction.
     */
    IndexFreshness(LongSupplier version, LongFunction<ImpactIndex> build, Updater updater) {
        this.version = version;
        this.build = build;
        this.updater = updater;
    }

    /** Notes a commit's changes for the next update; commit listeners call it. */
    void committed(Commit commit) {
        if (pending.size() >= MAX_PENDING) {
            pending.clear(); // the gap makes the next request rebuild
        }
        pending.put(commit.version(), commit);
    }

    /** Returns an index of the data as of the latest commit, updating it if it is stale. */
    ImpactIndex current() {
        ImpactIndex index = current;
        if (index != null && index.version() == version.getAsLong()) {
            return index;
        }
        synchronized (this) {
            index = current;
            long now = version.getAsLong();
            if (index == null || index.version() != now) {
                index = updated(index, now).orElseGet(() -> build.apply(now));
                current = index;
                pending.headMap(now, true).clear();
            }
            return index;
        }
    }

    private Optional<ImpactIndex> updated(ImpactIndex index, long now) {
        if (index == null || index.version() > now) {
            return Optional.empty();
        }
        List<Commit> commits = new ArrayList<>();
        for (long v = index.version() + 1; v <= now; v++) {
            Commit commit = pending.get(v);
            if (commit == null || !commit.itemised()) {
                return Optional.empty();
            }
            commits.add(commit);
        }
        return updater.update(index, commits, now);
    }
}
