package org.designregistry.model.edit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecorder;
import org.designregistry.model.history.ChangeSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits writes that arrived together in one store transaction, each checked and recorded as if it
 * had been committed alone just before the next.
 *
 * <p>Inside the transaction each write runs in turn; its net changes are checked exactly as {@link
 * ValidatedWrites} checks a write alone (named graphs, decision rights, then the focus nodes it can
 * affect), in the graph the earlier writes of the batch left, and it gets a change record of its
 * own ({@link ChangeSteps}) with its own context. The batch stays on this fast path only while
 * every write is accepted without a second look: no named graph, no decision its writer may not
 * record, few enough changes to list, and its affected nodes conforming after it. At the first
 * write that falls outside it (refused, failing, or needing the committed graph to tell old
 * violations from new), the transaction is aborted with nothing stored and every write of the batch
 * runs again alone, exactly as it would have without batching. A write's change may therefore run
 * twice; it must depend only on the graph it is given.
 *
 * <p>A write checked ahead on its caller's thread ({@link Precheck}) is not validated again when
 * {@link ChecksAhead} vouches for it: the writer's run made the same changes, affecting the same
 * nodes, and nothing since the check can change their results.
 */
final class WriteBatch {

    private static final Logger LOG = LoggerFactory.getLogger(WriteBatch.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WriteBatch() {}

    /** Runs the writes, together when there are several, and gives each its outcome. */
    static void run(List<QueuedWrite> batch) {
        run(batch, null);
    }

    /**
     * Runs the writes as {@link #run(List)}, relying on the checks made ahead of those whose
     * validation nothing since can have changed, as {@code recent} tells.
     */
    static void run(List<QueuedWrite> batch, RecentCommits recent) {
        if (batch.size() == 1 || !together(batch, recent)) {
            batch.forEach(WriteBatch::alone);
        }
    }

    /** Runs one write in a transaction of its own, as {@link ValidatedWrites} always did. */
    static void alone(QueuedWrite write) {
        try {
            OptionalLong recorded =
                    ChangeContext.callWith(
                            write.context(),
                            () -> {
                                ChangeRecorder.clearRecorded();
                                DatasetGraph guarded =
                                        ValidatedWrites.guard(
                                                write.registry(),
                                                write::mayRecordDecisions,
                                                WriteCheck.AFFECTED_NODES,
                                                write.shapesValidated());
                                Txn.executeWrite(
                                        guarded,
                                        () ->
                                                write.change()
                                                        .accept(
                                                                ModelFactory.createModelForGraph(
                                                                        guarded
                                                                                .getDefaultGraph())));
                                return ChangeRecorder.lastRecorded();
                            });
            write.committed(recorded);
        } catch (RuntimeException | Error e) {
            write.failed(e);
        } finally {
            ChangeRecorder.clearRecorded();
        }
    }

    /** Commits the writes in one transaction; returns false, with nothing stored, if it cannot. */
    private static boolean together(List<QueuedWrite> batch, RecentCommits recent) {
        Registry registry = batch.get(0).registry();
        if (!(registry.dataset() instanceof ChangeSteps steps)) {
            return false;
        }
        // Every change is kept (no overflow), since each write's rights are checked on its own.
        NetChanges changes = new NetChanges(registry.dataset(), () -> false);
        DatasetGraph watched = new DatasetGraphChanges(registry.dataset(), changes);
        OptionalLong[] recorded = new OptionalLong[batch.size()];
        long[] nanos = new long[4];
        long began = System.nanoTime();
        watched.begin(ReadWrite.WRITE);
        try {
            ChecksAhead ahead = ChecksAhead.of(batch, recent);
            for (int i = 0; i < batch.size(); i++) {
                QueuedWrite write = batch.get(i);
                int index = i;
                boolean accepted =
                        ChangeContext.callWith(
                                write.context(),
                                () -> {
                                    ChangeRecorder.clearRecorded();
                                    long t0 = cpuNanos();
                                    write.change()
                                            .accept(
                                                    ModelFactory.createModelForGraph(
                                                            watched.getDefaultGraph()));
                                    NetChanges.Changes own = changes.current();
                                    changes.restart();
                                    long t1 = cpuNanos();
                                    nanos[0] += t1 - t0;
                                    if (!acceptedAtOnce(registry, own, write, ahead)) {
                                        return false;
                                    }
                                    long t2 = cpuNanos();
                                    nanos[1] += t2 - t1;
                                    steps.recordStep();
                                    nanos[2] += cpuNanos() - t2;
                                    recorded[index] = ChangeRecorder.lastRecorded();
                                    return true;
                                });
                if (!accepted) {
                    watched.abort();
                    return false;
                }
            }
            long committing = cpuNanos();
            long committingAt = System.nanoTime();
            watched.commit();
            nanos[3] = cpuNanos() - committing;
            long commitWall = System.nanoTime() - committingAt;
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "Committed {} writes together, {} of them on their checks ahead, in {} ms;"
                                + " the writer's CPU time: changes {} ms, checks {} ms,"
                                + " records {} ms, commit {} ms (elapsed {} ms)",
                        batch.size(),
                        ahead.vouched(),
                        millis(System.nanoTime() - began),
                        millis(nanos[0]),
                        millis(nanos[1]),
                        millis(nanos[2]),
                        millis(nanos[3]),
                        millis(commitWall));
            }
        } catch (RuntimeException e) {
            // Whatever failed is met again, and reported, when the writes run alone.
            abortQuietly(watched);
            return false;
        } finally {
            watched.end();
            changes.forget();
            ChangeRecorder.clearRecorded();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).committed(recorded[i]);
        }
        return true;
    }

    // CPU time, not elapsed time: what the writer spends on each part whatever else runs.
    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static void abortQuietly(DatasetGraph watched) {
        try {
            watched.abort();
        } catch (RuntimeException e) {
            // A commit that failed may have aborted the transaction itself; end() follows.
        }
    }

    /**
     * Returns true when a write alone would be accepted by the first look of {@link WriteCheck},
     * without comparing with the committed graph: nothing a guarded write refuses outright, and the
     * nodes it can affect conform after it.
     */
    private static boolean acceptedAtOnce(
            Registry registry, NetChanges.Changes changes, QueuedWrite write, ChecksAhead ahead) {
        if (!changes.namedGraphs().isEmpty() || !changes.itemised()) {
            return false;
        }
        NetChanges.Changes own =
                new NetChanges.Changes(
                        changes.triples(), true, write.mayRecordDecisions(), List.of());
        try {
            DecisionChanges.check(registry.dataset().getDefaultGraph(), own);
        } catch (DecisionWriteRefusedException e) {
            return false;
        }
        Optional<Set<Node>> affected = registry.affectedFocusNodes(own.triples());
        if (affected.isEmpty()) {
            return false;
        }
        Set<Node> nodes = Set.copyOf(affected.get());
        boolean vouched = ahead.vouchesFor(write, own.triples(), nodes);
        return nodes.isEmpty() || vouched || registry.validate(nodes).conforms();
    }
}
