package org.designregistry.model.impact;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Keeps the impact index in step with committed writes: counts the store's write commits and
 * rebuilds the index, on the next request for it, when the count has moved since it was built.
 *
 * <p>The count comes from a listener on TDB2's transaction coordinator, which sees every commit
 * however it was made (a load, the SPARQL endpoint, the dataset directly). This is the one place
 * that knows how staleness is detected: when the registry offers a commit notification of its own,
 * only this class changes.
 *
 * <p>The count is read before the read transaction that builds an index begins, so a commit that
 * lands in between makes the index look older than it is: it is rebuilt once more, never kept
 * stale.
 */
final class IndexFreshness {

    private final AtomicLong commits = new AtomicLong();
    private final LongFunction<ImpactIndex> build;
    private volatile ImpactIndex current;

    /**
     * Watches the dataset's commits; {@code build} builds an index tagged with the given commit
     * count, in its own read transaction.
     */
    IndexFreshness(DatasetGraph dataset, LongFunction<ImpactIndex> build) {
        this.build = build;
        DatasetGraph tdb = unwrap(dataset);
        if (TDBInternal.isTDB2(tdb)) {
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb);
            TransactionListener listener =
                    new TransactionListener() {
                        @Override
                        public void notifyCommitFinish(Transaction transaction) {
                            if (transaction.isWriteTxn()) {
                                commits.incrementAndGet();
                            }
                        }
                    };
            // The coordinator takes listeners only while no transaction runs.
            coordinator.modifyConfig(() -> coordinator.addListener(listener));
        } else {
            throw new IllegalArgumentException(
                    "The impact index needs a TDB2 dataset to follow commits, not "
                            + dataset.getClass().getSimpleName());
        }
    }

    /** Returns an index of the data as of the latest commit, rebuilding it if it is stale. */
    ImpactIndex current() {
        ImpactIndex index = current;
        long now = commits.get();
        if (index != null && index.version() == now) {
            return index;
        }
        synchronized (this) {
            index = current;
            now = commits.get();
            if (index == null || index.version() != now) {
                index = build.apply(now);
                current = index;
            }
            return index;
        }
    }

    private static DatasetGraph unwrap(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (d instanceof DatasetGraphWrapper wrapper && !TDBInternal.isTDB2(d)) {
            d = wrapper.getWrapped();
        }
        return d;
    }
}
