package org.designregistry.model.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdfpatch.changes.RDFChangesN;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.designregistry.model.Commit;
import org.designregistry.model.CommitListener;
import org.designregistry.model.TermLimits;
import org.designregistry.model.baseline.BaselineGuard;
import org.designregistry.model.history.ChangeRecorder;
import org.designregistry.model.history.ChangeSteps;
import org.designregistry.model.suspect.SuspectMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset every registry write goes through: Jena's change-reporting wrapper over the TDB2
 * store, which sees each add and delete whatever API made it (SPARQL Update, graph store, the Graph
 * and DatasetGraph APIs), plus a notification to {@link CommitListener}s once the commit has
 * happened.
 *
 * <p>Jena's wrapper signals a commit before it is made (so that a patch log can veto it); listeners
 * here need the data to be committed and readable, so they are told afterwards. Queries are not
 * affected: ARQ unwraps the dataset and reads the store directly.
 *
 * <p>Each write that changes the registry graph is also recorded in the change history, in its own
 * transaction, by a {@link ChangeRecorder}; and refused when it would change a frozen baseline, by
 * a {@link BaselineGuard}. The links it makes suspect are marked as it is recorded, in the same
 * transaction, by a {@link SuspectMarker}, which also keeps other writers out of their graph.
 */
final class ChangeTrackingDataset extends DatasetGraphChanges implements ChangeSteps {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeTrackingDataset.class);

    private final TransactionChanges changes;
    private final ChangeRecorder recorder;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong();
    private final Object commitOrder = new Object();
    private final TermLimitVeto veto;
    private final BaselineGuard baselines;
    private final SuspectMarker suspects;

    private ChangeTrackingDataset(
            DatasetGraph store,
            TransactionChanges changes,
            TermLimitVeto veto,
            ChangeRecorder recorder,
            BaselineGuard baselines,
            SuspectMarker suspects) {
        super(store, new RDFChangesN(changes, veto, recorder, baselines, suspects));
        this.changes = changes;
        this.veto = veto;
        this.recorder = recorder;
        this.baselines = baselines;
        this.suspects = suspects;
    }

    /**
     * Returns a tracking wrapper over {@code store} that refuses terms over {@code limits} and
     * records each write's change, marking the links it makes suspect by the annotations of {@code
     * terms} and of the data.
     */
    static ChangeTrackingDataset over(DatasetGraph store, TermLimits limits, Graph terms) {
        SuspectMarker suspects = new SuspectMarker(store, terms);
        return new ChangeTrackingDataset(
                store,
                new TransactionChanges(),
                new TermLimitVeto(limits),
                new ChangeRecorder(store, suspects::mark),
                new BaselineGuard(store),
                suspects);
    }

    /** Returns the limits on the terms a write may store. */
    TermLimits termLimits() {
        return veto.limits();
    }

    void addListener(CommitListener listener) {
        listeners.add(listener);
    }

    void removeListener(CommitListener listener) {
        listeners.remove(listener);
    }

    /** Returns the number of write transactions committed through this dataset. */
    long version() {
        return version.get();
    }

    @Override
    public void commit() {
        if (!isInTransaction() || transactionMode() != ReadWrite.WRITE) {
            super.commit();
            return;
        }
        veto.vetoCommit(this);
        baselines.vetoCommit(this);
        suspects.vetoCommit(this);
        try {
            // The change record commits with the data, in this transaction.
            recorder.recordBeforeCommit();
        } catch (RuntimeException e) {
            // Leave the store as it was; the caller may still call end().
            abort();
            throw e;
        }
        // This thread's changes; once committed, the next writer may begin.
        TransactionChanges.Pending pending = changes.take();
        // One commit and its notification at a time, so listeners see commits in commit order.
        // Listeners must therefore not write to the registry.
        synchronized (commitOrder) {
            try {
                super.commit();
            } catch (RuntimeException e) {
                recorder.commitFailed();
                throw e;
            }
            notifyListeners(pending.asCommit(version.incrementAndGet()));
        }
    }

    @Override
    public void recordStep() {
        if (!isInTransaction() || transactionMode() != ReadWrite.WRITE) {
            throw new IllegalStateException("A change step is recorded inside a write transaction");
        }
        recorder.recordBeforeCommit();
    }

    @Override
    public void end() {
        try {
            super.end();
        } finally {
            // A write ended without commit or abort was aborted: drop what it changed.
            changes.take();
            recorder.forget();
            baselines.forget();
            suspects.forget();
        }
    }

    private void notifyListeners(Commit commit) {
        for (CommitListener listener : listeners) {
            try {
                listener.committed(commit);
            } catch (RuntimeException e) {
                LOG.warn("A commit listener failed on version {}: {}", commit.version(), e, e);
            }
        }
    }
}
