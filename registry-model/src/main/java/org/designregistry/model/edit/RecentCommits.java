package org.designregistry.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Triple;
import org.designregistry.model.Commit;
import org.designregistry.model.CommitListener;

/**
 * The triples the registry's last commits changed, by version, so the writer can tell what changed
 * since a write was checked ahead ({@link Precheck}). It keeps at most {@value #MAX_COMMITS}
 * commits and {@value #MAX_TRIPLES} triples; asked about a version it no longer reaches back to, or
 * across a commit too large to itemise, it has no answer and the write is checked in the writer.
 */
final class RecentCommits implements CommitListener {

    static final int MAX_COMMITS = 512;
    static final int MAX_TRIPLES = 20_000;

    private final Deque<Commit> commits = new ArrayDeque<>();
    // Versions after this one are all in the deque, unless evicted (then oldestKept says so).
    private long knownAfter;
    private int triples;

    /** Knows nothing before {@code version}; the changes of later commits are kept. */
    RecentCommits(long version) {
        this.knownAfter = version;
    }

    /** Notes that every commit after {@code version} is kept, once listening has begun. */
    synchronized void startAt(long version) {
        knownAfter = Math.min(knownAfter, version);
    }

    @Override
    public synchronized void committed(Commit commit) {
        commits.addLast(commit);
        triples += size(commit);
        while (commits.size() > MAX_COMMITS || (triples > MAX_TRIPLES && commits.size() > 1)) {
            Commit dropped = commits.removeFirst();
            triples -= size(dropped);
            knownAfter = dropped.version();
        }
    }

    /**
     * Returns the triples added or removed by every commit after {@code version}, or empty when
     * that is no longer known (evicted, or a commit not itemised).
     */
    synchronized Optional<List<Triple>> changedSince(long version) {
        if (version < knownAfter) {
            return Optional.empty();
        }
        List<Triple> changed = new ArrayList<>();
        for (Commit commit : commits) {
            if (commit.version() <= version) {
                continue;
            }
            if (!commit.itemised()) {
                return Optional.empty();
            }
            changed.addAll(commit.added());
            changed.addAll(commit.removed());
        }
        return Optional.of(changed);
    }

    private static int size(Commit commit) {
        return commit.added().size() + commit.removed().size();
    }
}
