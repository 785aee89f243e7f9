package org.designregistry.model.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Keeps frozen baselines frozen: watches every add and delete made through the registry's
 * change-tracking dataset and, when a write transaction commits, refuses it if it changes the
 * statements of a frozen baseline's resource, or states {@code dr:frozenAtChange} itself. Store
 * plumbing: the registry's dataset creates one and calls {@link #vetoCommit}; nothing else should.
 *
 * <p>What a baseline holds, the registry graph as of its change, is rebuilt from the change
 * history, which is append-only: no write can alter it. What is guarded here is the baseline's own
 * record (its name, label, description, change number, creator, decision and any other statement
 * about it), which only {@link Baselines} writes, inside {@link #permitting}. One exception keeps
 * the live registry free to move on: when a write deletes a resource that a baseline links to (such
 * as a part of it), the link goes with it; the baseline still holds both as they were.
 *
 * <p>Cost: one index lookup per distinct subject a write changes, to tell whether it is a frozen
 * baseline, and one per changed statement of a frozen baseline, to tell net changes from no-ops.
 * State is kept per thread, as TDB2 keeps transactions.
 */
public final class BaselineGuard extends RDFChangesBase {

    private static final ThreadLocal<Boolean> PERMITTED = new ThreadLocal<>();

    private final DatasetGraph store;
    private final ThreadLocal<Buffer> current = new ThreadLocal<>();

    /** Returns a guard that reads {@code store} directly, before each change is applied. */
    public BaselineGuard(DatasetGraph store) {
        this.store = store;
    }

    /** Returns what {@code write} returns, run with leave to write baseline records. */
    static <T> T permitting(Supplier<T> write) {
        Boolean before = PERMITTED.get();
        PERMITTED.set(Boolean.TRUE);
        try {
            return write.get();
        } finally {
            if (before == null) {
                PERMITTED.remove();
            }
        }
    }

    @Override
    public void txnBegin() {
        current.set(new Buffer());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        change(g, s, p, o, true);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        change(g, s, p, o, false);
    }

    @Override
    public void txnAbort() {
        current.remove();
    }

    /** Forgets this thread's transaction, when it ended without a commit or an abort. */
    public void forget() {
        current.remove();
    }

    /**
     * Aborts the write transaction of {@code dataset} on this thread and throws, if it changed a
     * frozen baseline's record or forged one; otherwise does nothing. Call just before the commit.
     *
     * @throws BaselineWriteRefusedException naming the baselines and what was refused
     */
    public void vetoCommit(DatasetGraph dataset) {
        Buffer buffer = current.get();
        current.remove();
        if (buffer == null || buffer.restoring || PERMITTED.get() != null) {
            return;
        }
        List<String> frozen = new ArrayList<>();
        for (Map.Entry<Node, Set<Triple>> entry : buffer.changed.entrySet()) {
            if (entry.getValue().stream().anyMatch(t -> !followsDeletedTarget(t))) {
                frozen.add(entry.getKey().getURI());
            }
        }
        List<String> forged = new ArrayList<>();
        for (Node subject : buffer.forging) {
            if (store.contains(Quad.defaultGraphIRI, subject, BaselineTerms.FROZEN_AT, Node.ANY)) {
                forged.add(subject.isURI() ? subject.getURI() : subject.toString());
            }
        }
        if (!frozen.isEmpty() || !forged.isEmpty()) {
            dataset.abort();
            throw new BaselineWriteRefusedException(frozen, forged);
        }
    }

    /**
     * Returns true when the net change removes a link to a resource that the write deletes whole
     * (it is the subject of nothing any more): the link goes with its target.
     */
    private boolean followsDeletedTarget(Triple triple) {
        Node target = triple.getObject();
        boolean removed =
                !store.contains(
                        Quad.defaultGraphIRI,
                        triple.getSubject(),
                        triple.getPredicate(),
                        triple.getObject());
        return removed
                && target.isURI()
                && !store.contains(Quad.defaultGraphIRI, target, Node.ANY, Node.ANY);
    }

    private void change(Node g, Node s, Node p, Node o, boolean isAdd) {
        Buffer buffer = current.get();
        if (buffer == null) {
            buffer = new Buffer();
            current.set(buffer);
        }
        if (BaselineTerms.HISTORY_GRAPH.equals(g)) {
            // Only a load of an exported store may add history (the recorder refuses others),
            // and it brings its baselines with the history they were frozen in.
            buffer.restoring |= isAdd;
            return;
        }
        if ((g != null && !Quad.isDefaultGraph(g)) || PERMITTED.get() != null) {
            return;
        }
        if (isAdd && p.equals(BaselineTerms.FROZEN_AT)) {
            buffer.forging.add(s);
        }
        boolean frozen =
                buffer.frozen.computeIfAbsent(
                        s,
                        n ->
                                store.contains(
                                        Quad.defaultGraphIRI,
                                        n,
                                        BaselineTerms.FROZEN_AT,
                                        Node.ANY));
        if (!frozen || store.contains(Quad.defaultGraphIRI, s, p, o) == isAdd) {
            return; // not a baseline, or adding what is there, or deleting what is not
        }
        Set<Triple> changes = buffer.changed.computeIfAbsent(s, n -> new LinkedHashSet<>());
        Triple triple = Triple.create(s, p, o);
        if (!changes.remove(triple)) {
            changes.add(triple);
        }
        if (changes.isEmpty()) {
            buffer.changed.remove(s);
        }
    }

    /** One transaction's changes to frozen baselines. */
    private static final class Buffer {
        /** Whether each subject changed was a frozen baseline when the transaction began. */
        private final Map<Node, Boolean> frozen = new HashMap<>();

        /** The net changes to each frozen baseline's statements. */
        private final Map<Node, Set<Triple>> changed = new LinkedHashMap<>();

        /** The subjects given a {@code dr:frozenAtChange} by this transaction. */
        private final Set<Node> forging = new LinkedHashSet<>();

        private boolean restoring;
    }
}
