package org.designregistry.model.edit;

import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;

/**
 * Writes to a registry that are checked against its SHACL shapes before they are committed: a write
 * that would add a violation is rolled back and reported with a {@link ShapeViolationException}.
 *
 * <p>Both forms check the whole registry graph as the write leaves it, joined with the terms, in
 * the write transaction; on the MHHS sample that costs tens of milliseconds a write (see {@code
 * docs/benchmarks.md}). Violations the committed graph already has do not block a write.
 *
 * <pre>{@code
 * ValidatedWrites.update(registry, model -> model.add(process, RDFS.label, "Change of Meter"));
 * DatasetGraph checked = ValidatedWrites.guard(registry);   // for a SPARQL endpoint
 * }</pre>
 */
public final class ValidatedWrites {

    private ValidatedWrites() {}

    /**
     * Applies a change to the registry graph in one write transaction and commits it if it adds no
     * shape violation. The model must not escape the change.
     *
     * @throws ShapeViolationException with the violations the change would add; nothing is stored
     * @throws RuntimeException whatever the change throws; nothing is stored
     */
    public static void update(Registry registry, Consumer<Model> change) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(change, "change");
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(
                dataset,
                () -> {
                    change.accept(ModelFactory.createModelForGraph(dataset.getDefaultGraph()));
                    WriteCheck.check(registry);
                });
    }

    /**
     * Returns a view of the registry's dataset whose write transactions are validated when they
     * commit: {@code commit()} of a write that would add a violation aborts it and throws {@link
     * ShapeViolationException}. Reads, and writes to named graphs that leave the registry graph
     * valid, pass through.
     */
    public static DatasetGraph guard(Registry registry) {
        Objects.requireNonNull(registry, "registry");
        return new Guarded(registry);
    }

    /** Validates at commit; everything else goes to the registry's dataset. */
    private static final class Guarded extends DatasetGraphWrapper {

        private final Registry registry;

        Guarded(Registry registry) {
            super(registry.dataset());
            this.registry = registry;
        }

        @Override
        public void commit() {
            if (transactionMode() == ReadWrite.WRITE) {
                try {
                    WriteCheck.check(registry);
                } catch (RuntimeException e) {
                    // Leave the store as it was; the caller still calls end().
                    super.abort();
                    throw e;
                }
            }
            super.commit();
        }
    }
}
