package org.designregistry.model.history;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.designregistry.model.RegistryException;

/**
 * Records one change per committed write: watches every add and delete made through the registry's
 * change-tracking dataset, keeps each write transaction's net changes to the registry graph, and
 * just before the transaction commits writes its {@link ChangeRecord} to the history graph of the
 * same store, in the same transaction. Store plumbing: the registry's dataset creates one and calls
 * {@link #recordBeforeCommit()}; nothing else should.
 *
 * <p><b>Why a named graph in the same TDB2 store.</b> The record then commits or aborts with the
 * data it describes, atomically, by TDB2's own write-ahead journal: after a crash there is never an
 * acknowledged write without its record, nor a record without its write, with no second log to keep
 * in step. The records are plain RDF (PROV-O activities), so SPARQL asks history questions with
 * {@code GRAPH <urn:x-design-registry:changes>}; the registry graph (the default graph) does not
 * see them. The record is written to the underlying store directly, so the tracking wrapper never
 * records the record itself. Changes that arrive through the tracking dataset to the history graph
 * are refused: records are append-only, and only {@link #restoringHistory} (a load of an exported
 * store into an empty one) may add records from outside.
 *
 * <p><b>Only net changes are recorded.</b> Each change is compared with the store just before it
 * (one lookup per changed triple), so re-adding a triple that is there, deleting one that is not,
 * or deleting and re-adding one (as a replace of an unchanged value does) changes nothing; a write
 * whose net change is empty records nothing. An empty record would carry no patch, touch no
 * resource and answer no history question, yet it would grow the log with every idempotent retry.
 *
 * <p><b>Numbers</b> come from the highest number in the history graph, read once and then kept, and
 * are taken inside the write transaction, which TDB2 runs one at a time: they grow by one per
 * recorded change, in commit order, without gaps: a transaction that aborts after writing records
 * gives their numbers back, and after a commit that fails once its record was written the next
 * number is read from the store again ({@link #commitFailed()}).
 */
public final class ChangeRecorder extends RDFChangesBase {

    private static final ThreadLocal<Boolean> RESTORING = new ThreadLocal<>();
    private static final ThreadLocal<Long> RECORDED = new ThreadLocal<>();
    private static final ThreadLocal<Set<Node>> REVIEWED = new ThreadLocal<>();

    private final DatasetGraph store;
    private final ObjLongConsumer<ChangePatch> afterRecord;
    private final ThreadLocal<NetBuffer> current = new ThreadLocal<>();
    // The first number this thread's write transaction took, given back if it aborts.
    private final ThreadLocal<Long> firstTaken = new ThreadLocal<>();
    private volatile long last = -1;

    /** Returns a recorder that reads and writes the history graph of {@code store} directly. */
    public ChangeRecorder(DatasetGraph store) {
        this(store, (patch, number) -> {});
    }

    /**
     * Returns a recorder that, in the same transaction, hands each change it records (its patch and
     * number) to {@code afterRecord}: a step of the write path, such as marking suspect links, that
     * needs the number of the change and commits or aborts with it.
     */
    public ChangeRecorder(DatasetGraph store, ObjLongConsumer<ChangePatch> afterRecord) {
        this.store = store;
        this.afterRecord = afterRecord;
    }

    /**
     * Returns true while {@link #restoringHistory} runs on this thread: a load of an exported store
     * may then bring the registry's own named graphs.
     */
    public static boolean isRestoringHistory() {
        return RESTORING.get() != null;
    }

    /**
     * Runs {@code write} so that its write transaction is recorded as a change even when it changes
     * nothing in the registry graph, as touching {@code resources}: for a review of the registry's
     * own records about them (clearing suspect links), which the history must show with who and
     * why.
     */
    public static <T> T recordingReviewOf(Collection<Node> resources, Supplier<T> write) {
        REVIEWED.set(new LinkedHashSet<>(resources));
        try {
            return write.get();
        } finally {
            REVIEWED.remove();
        }
    }

    /**
     * Runs {@code load} allowing it to add records to the history graph, as a load of an exported
     * store does; the history is restored only into a registry without history or data, and such a
     * load records no change of its own, since the history it brings already ends in its data.
     */
    public static <T> T restoringHistory(Supplier<T> load) {
        RESTORING.set(Boolean.TRUE);
        try {
            return load.get();
        } finally {
            RESTORING.remove();
        }
    }

    @Override
    public void txnBegin() {
        current.set(new NetBuffer());
        firstTaken.remove();
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
    public void txnCommit() {
        firstTaken.remove();
    }

    @Override
    public void txnAbort() {
        current.remove();
        Long first = firstTaken.get();
        firstTaken.remove();
        if (first != null) {
            // Write transactions run one at a time, so none has taken a number since: the
            // numbers of the records this one wrote (and rolled back) are free again.
            last = first - 1;
        }
    }

    /** Forgets this thread's transaction, when it ended without a commit or an abort. */
    public void forget() {
        current.remove();
        firstTaken.remove();
    }

    /**
     * Writes the record of this thread's write transaction to the history graph, when it changed
     * the registry graph; call inside the transaction, just before it commits.
     */
    public void recordBeforeCommit() {
        NetBuffer buffer = current.get();
        current.remove();
        if (buffer == null) {
            return;
        }
        if (buffer.tampered) {
            throw new RegistryException(
                    "The change history graph <"
                            + HistoryTerms.GRAPH_IRI
                            + "> is append-only and written by the registry alone; nothing was"
                            + " stored");
        }
        if (buffer.restored) {
            last = -1; // the restored records bring their own numbers
            return;
        }
        Set<Node> reviewed = REVIEWED.get();
        if (buffer.isEmpty() && (reviewed == null || reviewed.isEmpty())) {
            return;
        }
        long number = nextNumber();
        ChangePatch patch = new ChangePatch(List.copyOf(buffer.added), List.copyOf(buffer.removed));
        RecordWriter.write(
                store,
                number,
                ChangeContext.current(),
                patch,
                reviewed == null ? Set.of() : reviewed);
        if (reviewed != null) {
            reviewed.clear(); // one record per review
        }
        if (firstTaken.get() == null) {
            firstTaken.set(number);
        }
        last = number;
        RECORDED.set(number);
        afterRecord.accept(patch, number);
    }

    /**
     * Forgets the last number handed out, after a commit that failed once its record was written:
     * the next write reads the highest recorded number again, so numbers stay without gaps.
     */
    public void commitFailed() {
        last = -1;
    }

    /**
     * Returns the number of the last change recorded by a write on this thread, or empty when none
     * has been since {@link #clearRecorded()}; a write that changed nothing records none.
     */
    public static OptionalLong lastRecorded() {
        Long number = RECORDED.get();
        return number == null ? OptionalLong.empty() : OptionalLong.of(number);
    }

    /**
     * Sets the number {@link #lastRecorded()} returns on this thread: the number of a change that
     * another thread recorded on this thread's behalf, as the registry's writer does for a batch.
     */
    public static void noteRecorded(long number) {
        RECORDED.set(number);
    }

    /**
     * Forgets the number {@link #lastRecorded()} returns, before a write whose number is wanted.
     */
    public static void clearRecorded() {
        RECORDED.remove();
    }

    private long nextNumber() {
        if (last < 0) {
            last = HistoryReader.highestNumber(store);
        }
        return last + 1;
    }

    private void change(Node g, Node s, Node p, Node o, boolean isAdd) {
        NetBuffer buffer = current.get();
        if (buffer == null) {
            buffer = new NetBuffer();
            current.set(buffer);
        }
        if (HistoryTerms.GRAPH.equals(g)) {
            restore(buffer, isAdd);
            return;
        }
        if (g != null && !Quad.isDefaultGraph(g)) {
            return;
        }
        if (store.contains(Quad.defaultGraphIRI, s, p, o) == isAdd) {
            return; // adding what is there, or deleting what is not: no change
        }
        buffer.toggle(Triple.create(s, p, o), isAdd);
    }

    private void restore(NetBuffer buffer, boolean isAdd) {
        if (!isAdd || RESTORING.get() == null) {
            // Refused when the transaction commits, after the checks of a guarded dataset (which
            // refuse client writes to named graphs with their own message).
            buffer.tampered = true;
            return;
        }
        if (!buffer.restored) {
            // Every triple the registry graph holds was added by this load: it began empty.
            boolean beganEmpty =
                    buffer.removed.isEmpty()
                            && store.getDefaultGraph().size() == buffer.added.size();
            if (!beganEmpty || !store.getGraph(HistoryTerms.GRAPH).isEmpty()) {
                throw new RegistryException(
                        "Change history can be loaded only into an empty registry, and with no"
                                + " other changes: load the export into a new data folder");
            }
            buffer.restored = true;
        }
    }

    /** One transaction's net changes to the registry graph. */
    private static final class NetBuffer {
        private final Set<Triple> added = new LinkedHashSet<>();
        private final Set<Triple> removed = new LinkedHashSet<>();
        private boolean restored;
        private boolean tampered;

        void toggle(Triple triple, boolean isAdd) {
            // A net change undoes an earlier opposite one, or is new.
            if (isAdd) {
                if (!removed.remove(triple)) {
                    added.add(triple);
                }
            } else if (!added.remove(triple)) {
                removed.add(triple);
            }
        }

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }
}
