package org.designregistry.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.Quad;
import org.designregistry.model.Commit;

/**
 * Collects the default-graph changes of each thread's write transaction. The changes are kept per
 * thread, as TDB2 keeps transactions: Jena reports a writer's begin before the store's writer lock
 * is taken, so a second writer waiting for the lock begins while the first is still writing, and
 * one shared buffer would lose the first writer's changes.
 */
final class TransactionChanges extends RDFChangesBase {

    private final ThreadLocal<Buffer> current = new ThreadLocal<>();

    @Override
    public void txnBegin() {
        current.set(new Buffer());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        record(true, g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        record(false, g, s, p, o);
    }

    @Override
    public void txnAbort() {
        current.remove();
    }

    /** Returns the changes of this thread's transaction, about to commit, and forgets them. */
    Pending take() {
        Buffer buffer = current.get();
        current.remove();
        if (buffer == null) {
            return new Pending(List.of(), List.of(), true);
        }
        return new Pending(buffer.added, buffer.removed, !buffer.overflowed);
    }

    private void record(boolean isAdd, Node g, Node s, Node p, Node o) {
        // Only the default graph is registry data; named graphs (a history, say) are kept beside
        // it.
        if (g != null && !Quad.isDefaultGraph(g)) {
            return;
        }
        Buffer buffer = current.get();
        if (buffer == null) {
            buffer = new Buffer();
            current.set(buffer);
        }
        buffer.record(isAdd, Triple.create(s, p, o));
    }

    /** One transaction's changes, until they pass the itemised limit. */
    private static final class Buffer {
        private final List<Triple> added = new ArrayList<>();
        private final List<Triple> removed = new ArrayList<>();
        private boolean overflowed;

        void record(boolean isAdd, Triple triple) {
            if (overflowed) {
                return;
            }
            if (added.size() + removed.size() >= Commit.ITEMISED_LIMIT) {
                overflowed = true;
                added.clear();
                removed.clear();
                return;
            }
            (isAdd ? added : removed).add(triple);
        }
    }

    /** The changes of one transaction, waiting for its commit to give them a version. */
    record Pending(List<Triple> added, List<Triple> removed, boolean itemised) {

        Commit asCommit(long version) {
            return itemised
                    ? new Commit(version, added, removed, true)
                    : new Commit(version, List.of(), List.of(), false);
        }
    }
}
