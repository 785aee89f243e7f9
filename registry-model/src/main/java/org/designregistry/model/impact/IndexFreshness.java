package org.designregistry.model.impact;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Keeps the impact index in step with committed writes: compares the registry's data version
 * ({@link org.designregistry.model.Registry#version()}, one more per committed write, whatever path
 * the write took) with the version the index was built at, and rebuilds the index, on the next
 * request for it, when they differ. A write that nobody analyses after costs nothing here.
 *
 * <p>This is the one place that knows how staleness is detected. The version is read before the
 * read transaction that builds an index begins, so a commit that lands in between makes the index
 * look older than it is: it is rebuilt once more, never kept stale.
 */
final class IndexFreshness {

    private final LongSupplier version;
    private final LongFunction<ImpactIndex> build;
    private volatile ImpactIndex current;

    /**
     * Follows {@code version}; {@code build} builds an index tagged with the given version, in its
     * own read transaction.
     */
    IndexFreshness(LongSupplier version, LongFunction<ImpactIndex> build) {
        this.version = version;
        this.build = build;
    }

    /** Returns an index of the data as of the latest commit, rebuilding it if it is stale. */
    ImpactIndex current() {
        ImpactIndex index = current;
        if (index != null && index.version() == version.getAsLong()) {
            return index;
        }
        synchronized (this) {
            index = current;
            long now = version.getAsLong();
            if (index == null || index.version() != now) {
                index = build.apply(now);
                current = index;
            }
            return index;
        }
    }
}
