package org.designregistry.model.search;

import java.util.List;
import java.util.Optional;

/**
 * What is known to be wrong with an index: that it cannot be used, that it fell behind the store,
 * or that its last rebuild left resources out. Thread-safe; the keeper writes it under its lock.
 */
final class IndexHealth {

    private volatile String unavailable;
    private volatile String behind;
    private volatile RebuildReport lastRebuild = new RebuildReport(0, List.of());

    /** Notes that the index cannot be opened or built, and why. */
    void unavailable(String why) {
        unavailable = why;
    }

    /** Notes that the index is open. */
    void available() {
        unavailable = null;
    }

    /** Returns why the index cannot be used, or empty if it can (or has not been tried). */
    Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /** Notes that the index missed a change to the store, and why. */
    void behind(String why) {
        behind = why;
    }

    /** Notes a rebuild from the store, which brings the index up to date. */
    void rebuilt(RebuildReport report) {
        lastRebuild = report;
        behind = null;
    }

    /** Returns what the last rebuild did. */
    RebuildReport lastRebuild() {
        return lastRebuild;
    }

    /** Returns why search is degraded, worst first, or empty when the index is in step. */
    Optional<String> degraded() {
        if (unavailable != null) {
            return Optional.of("the search index cannot be used: " + unavailable);
        }
        if (behind != null) {
            return Optional.of(behind);
        }
        List<RebuildReport.Skipped> skipped = lastRebuild.skipped();
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        RebuildReport.Skipped first = skipped.get(0);
        return Optional.of(
                skipped.size()
                        + (skipped.size() == 1 ? " resource is" : " resources are")
                        + " not in the search index, such as "
                        + first.iri()
                        + " ("
                        + first.reason()
                        + ")");
    }
}
