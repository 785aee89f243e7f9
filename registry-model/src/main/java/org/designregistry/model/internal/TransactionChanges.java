package org.designregistry.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.Quad;
import org.designregistry.model.Commit;

/**
 * Collects the default-graph changes of the current write transaction. TDB2 admits one writer at a
 * time and Jena reports its begin, changes and abort in order, so one buffer serves; it is
 * synchronized because successive writers may run on different threads.
 */
final class TransactionChanges extends RDFChangesBase {

    private List<Triple> added = new ArrayList<>();
    private List<Triple> removed = new ArrayList<>();
    private boolean overflowed;

    @Override
    public synchronized void txnBegin() {
        clear();
    }

    @Override
    public synchronized void add(Node g, Node s, Node p, Node o) {
        record(true, g, s, p, o);
    }

    @Override
    public synchronized void delete(Node g, Node s, Node p, Node o) {
        record(false, g, s, p, o);
    }

    @Override
    public synchronized void txnAbort() {
        clear();
    }

    /** Returns the changes of the transaction about to commit, and forgets them. */
    synchronized Pending take() {
        Pending pending = new Pending(added, removed, !overflowed);
        added = new ArrayList<>();
        removed = new ArrayList<>();
        overflowed = false;
        return pending;
    }

    private void record(boolean isAdd, Node g, Node s, Node p, Node o) {
        // Only the default graph is registry data; registries refuse named graphs on load.
        if (overflowed || (g != null && !Quad.isDefaultGraph(g))) {
            return;
        }
        if (added.size() + removed.size() >= Commit.ITEMISED_LIMIT) {
            overflowed = true;
            added.clear();
            removed.clear();
            return;
        }
        (isAdd ? added : removed).add(Triple.create(s, p, o));
    }

    private void clear() {
        added.clear();
        removed.clear();
        overflowed = false;
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
