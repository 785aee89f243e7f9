package org.designregistry.model.edit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;

/**
 * Writes to a registry that are checked before they are committed: against its SHACL shapes, and
 * against the writer's {@link WriteRights}, and may change only the default graph. A write that
 * changes a named graph is rolled back and reported with a {@link NamedGraphWriteRefusedException};
 * one that would add a shape violation is rolled back and reported with a {@link
 * ShapeViolationException}; one that creates, changes or deletes a decision when its writer may not
 * record decisions, with a {@link DecisionWriteRefusedException}.
 *
 * <p>Both forms validate, in the write transaction, only the focus nodes the write can affect:
 * those whose validation reads a triple it changes, on the resource itself (its title, its owners)
 * or through the links the shapes follow from it (an owner's type for {@code sh:class}, a concept's
 * scheme for {@code sh:node}, an approving decision's body and that body's governance level for the
 * approval rule), as far as the shapes reach ({@link Registry#affectedFocusNodes}). Violations the
 * committed graph already has do not block a write: when the write leaves one of those nodes in
 * violation, the same nodes are validated in the committed graph, on another thread, and only new
 * violations refuse it. A write that changes the terms or the class hierarchy, or more than {@value
 * org.designregistry.model.validation.RegistryValidator#MAX_CHANGED_TRIPLES} triples, or that
 * affects more than {@value
 * org.designregistry.model.validation.RegistryValidator#MAX_AFFECTED_NODES} nodes is validated over
 * the whole registry graph, joined with the terms, instead. Either way a write is refused for
 * exactly the violations that validating the whole graph before and after it would find new, listed
 * in the same order; {@code docs/benchmarks.md} measures the costs. The rights are asked once per
 * write transaction, on the writing thread; each changed triple costs one lookup, to tell net
 * changes from writes that change nothing.
 *
 * <p>{@link #update} hands the write to the registry's writer thread, which commits writes that
 * arrive together in one store transaction, each checked, and given a change record, as if it had
 * been committed alone; any write the batch cannot accept at once makes every write of the batch
 * run again alone. A change may therefore run more than once, and must depend only on the model it
 * is given. The caller waits for its write's outcome and gets what it threw. A commit costs a fixed
 * set of file syncs, so writers that arrive together share one ({@code docs/benchmarks.md}). While
 * the writer is busy, a write about to wait for it is first drafted and validated on its caller's
 * thread over a read of the registry ({@link Precheck}); the writer relies on that check, rather
 * than validating the write again on its one thread, when nothing changed since can alter it
 * ({@link ChecksAhead}). Waiting writers are thus validated side by side.
 *
 * <pre>{@code
 * ValidatedWrites.update(registry, model -> model.add(process, RDFS.label, "Change of Meter"));
 * DatasetGraph checked = ValidatedWrites.guard(registry, rights);   // for a SPARQL endpoint
 * }</pre>
 */
public final class ValidatedWrites {

    private ValidatedWrites() {}

    /**
     * Applies a change to the registry graph in one write transaction and commits it if it adds no
     * shape violation. The writer may change anything, decisions included. The model must not
     * escape the change.
     *
     * @throws ShapeViolationException with the violations the change would add; nothing is stored
     * @throws RuntimeException whatever the change throws; nothing is stored
     */
    public static void update(Registry registry, Consumer<Model> change) {
        update(registry, WriteRights.unrestricted(), change);
    }

    /**
     * Applies a change to the registry graph in one write transaction and commits it if it adds no
     * shape violation and changes no decision the writer may not change. The model must not escape
     * the change.
     *
     * @throws DecisionWriteRefusedException if the change alters decisions and the writer may not
     *     record them; nothing is stored
     * @throws ShapeViolationException with the violations the change would add; nothing is stored
     * @throws RuntimeException whatever the change throws; nothing is stored
     */
    public static void update(Registry registry, WriteRights rights, Consumer<Model> change) {
        update(registry, rights, change, () -> false, true);
    }

    /**
     * Applies a change as {@link #update(Registry, WriteRights, Consumer)} does, but commits it
     * without validating the shapes again when {@code shapesValidated}, asked in the write
     * transaction just after the change ran alone, answers true. Its caller thereby vouches that
     * the graph the transaction leaves is exactly one it has validated and found to add no
     * violation, such as an import's preview of the same changes to the same committed graph (same
     * data version and latest change, same triples): validating it again would find the same.
     * Everything else (named graphs, decision rights, term limits, the change record) is checked as
     * ever, and a change that runs in a batch with other writes is validated.
     *
     * @throws DecisionWriteRefusedException if the change alters decisions and the writer may not
     *     record them; nothing is stored
     * @throws ShapeViolationException with the violations the change would add, when it was
     *     validated; nothing is stored
     * @throws RuntimeException whatever the change throws; nothing is stored
     */
    public static void update(
            Registry registry,
            WriteRights rights,
            Consumer<Model> change,
            BooleanSupplier shapesValidated) {
        // Its caller vouches for its own check (an import's preview): drafting it again ahead of
        // the writer would cost what the vouching saves.
        update(registry, rights, change, shapesValidated, false);
    }

    private static void update(
            Registry registry,
            WriteRights rights,
            Consumer<Model> change,
            BooleanSupplier shapesValidated,
            boolean checkAhead) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(shapesValidated, "shapesValidated");
        if (registry.dataset().isInTransaction()) {
            // Inside a transaction of this thread: join it, as a nested Txn does; the writer
            // thread would wait for it forever.
            DatasetGraph guarded =
                    guard(registry, rights, WriteCheck.AFFECTED_NODES, shapesValidated);
            Txn.executeWrite(
                    guarded,
                    () ->
                            change.accept(
                                    ModelFactory.createModelForGraph(guarded.getDefaultGraph())));
            return;
        }
        WriteQueue queue = WriteQueue.of(registry);
        Optional<Precheck> ahead = checkAhead ? queue.precheck(registry, change) : Optional.empty();
        queue.run(new QueuedWrite(registry, rights, change, shapesValidated, ahead));
    }

    /**
     * Applies a change as {@link #update(Registry, WriteRights, Consumer)} does, but in a write
     * transaction of the calling thread rather than on the registry's writer thread, so the change
     * is checked and recorded with what is bound to this thread (such as the leave to freeze a
     * baseline). It never shares a commit with other writes; use it only where that leave matters.
     */
    public static void updateOnThisThread(
            Registry registry, WriteRights rights, Consumer<Model> change) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(change, "change");
        DatasetGraph guarded = guard(registry, rights);
        Txn.executeWrite(
                guarded,
                () -> change.accept(ModelFactory.createModelForGraph(guarded.getDefaultGraph())));
    }

    /**
     * Returns the IRIs (or blank node labels) of the decisions that adding or removing {@code
     * triples} changes, as the decision rights judge them: triples about a resource {@code graph}
     * types as a decision, that add or remove that type, or that use a decision's relations.
     *
     * @param graph a graph that types the decisions among the triples' ends
     */
    public static List<String> decisionsChanged(Graph graph, Collection<Triple> triples) {
        Objects.requireNonNull(graph, "graph");
        return DecisionChanges.decisions(graph, List.copyOf(triples)).stream()
                .map(n -> n.isURI() ? n.getURI() : n.toString())
                .toList();
    }

    /**
     * Returns a view of the registry's dataset whose write transactions are validated against the
     * shapes when they commit: {@code commit()} of a write that would add a violation aborts it and
     * throws {@link ShapeViolationException}; one that changes a named graph aborts it and throws
     * {@link NamedGraphWriteRefusedException}. Its writers may change anything in the default
     * graph, decisions included. Reads pass through.
     */
    public static DatasetGraph guard(Registry registry) {
        return guard(registry, WriteRights.unrestricted());
    }

    /**
     * Returns a view of the registry's dataset whose write transactions are checked when they
     * commit: {@code commit()} of a write that changes a decision while {@code rights} (asked on
     * the writing thread when the transaction begins) say the writer may not record decisions
     * aborts it and throws {@link DecisionWriteRefusedException}; one that would add a shape
     * violation aborts it and throws {@link ShapeViolationException}. A write that changes any
     * named graph is refused the same way with {@link NamedGraphWriteRefusedException}, whoever
     * writes: clients may change only the default graph, where shapes and rights apply. Reads pass
     * through; the registry's own writes to its store, which do not go through this view, are not
     * affected.
     */
    public static DatasetGraph guard(Registry registry, WriteRights rights) {
        return guard(registry, rights, WriteCheck.AFFECTED_NODES);
    }

    /** Returns a guarded view that validates with {@code check}; tests compare the two checks. */
    static DatasetGraph guard(Registry registry, WriteRights rights, WriteCheck check) {
        return guard(registry, rights, check, () -> false);
    }

    /**
     * Returns a guarded view that validates with {@code check}, unless {@code shapesValidated}
     * answers true at commit.
     */
    static DatasetGraph guard(
            Registry registry,
            WriteRights rights,
            WriteCheck check,
            BooleanSupplier shapesValidated) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(rights, "rights");
        return new Guarded(
                registry, new NetChanges(registry.dataset(), rights), check, shapesValidated);
    }

    /**
     * Watches changes through Jena's change-reporting wrapper (which sees the Graph, DatasetGraph
     * and SPARQL Update APIs alike) and checks at commit; everything else goes to the registry's
     * dataset.
     */
    private static final class Guarded extends DatasetGraphChanges {

        private final Registry registry;
        private final NetChanges changes;
        private final WriteCheck check;
        private final BooleanSupplier shapesValidated;

        Guarded(
                Registry registry,
                NetChanges changes,
                WriteCheck check,
                BooleanSupplier shapesValidated) {
            super(registry.dataset(), changes);
            this.registry = registry;
            this.changes = changes;
            this.check = check;
            this.shapesValidated = shapesValidated;
        }

        @Override
        public void commit() {
            if (transactionMode() == ReadWrite.WRITE) {
                try {
                    NetChanges.Changes written = changes.current();
                    refuseNamedGraphs(written);
                    DecisionChanges.check(get().getDefaultGraph(), written);
                    if (!shapesValidated.getAsBoolean()) {
                        check.check(registry, written);
                    }
                } catch (RuntimeException e) {
                    // Leave the store as it was; the caller may still call end().
                    abort();
                    throw e;
                }
            }
            super.commit();
        }

        private static void refuseNamedGraphs(NetChanges.Changes written) {
            if (!written.namedGraphs().isEmpty()) {
                throw new NamedGraphWriteRefusedException(
                        written.namedGraphs().stream()
                                .map(g -> g.isURI() ? g.getURI() : g.toString())
                                .toList());
            }
        }

        @Override
        public void end() {
            try {
                super.end();
            } finally {
                changes.forget();
            }
        }
    }
}
