package org.designregistry.model.edit;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecorder;

/**
 * One write waiting for the registry's writer thread, with what its caller's thread knew when it
 * was asked for: the writer's rights and the change context. Its outcome (the number of its change
 * record, or what it threw) is handed back to the caller's thread.
 */
final class QueuedWrite {

    private final Registry registry;
    private final boolean mayRecordDecisions;
    private final Consumer<Model> change;
    private final BooleanSupplier shapesValidated;
    private final ChangeContext context;
    private final Optional<Precheck> precheck;
    private final CompletableFuture<OptionalLong> outcome = new CompletableFuture<>();

    /**
     * Captures the rights and the change context of the calling thread; {@code shapesValidated} is
     * asked, when the write runs alone, whether its shape check may be skipped (see {@link
     * ValidatedWrites#update(Registry, WriteRights, Consumer, BooleanSupplier)}); {@code precheck}
     * is the write's check ahead, if it has one ({@link Precheck}).
     */
    QueuedWrite(
            Registry registry,
            WriteRights rights,
            Consumer<Model> change,
            BooleanSupplier shapesValidated,
            Optional<Precheck> precheck) {
        this.registry = registry;
        this.mayRecordDecisions = rights.mayRecordDecisions();
        this.change = change;
        this.shapesValidated = shapesValidated;
        this.context = ChangeContext.current();
        this.precheck = precheck;
    }

    Registry registry() {
        return registry;
    }

    boolean mayRecordDecisions() {
        return mayRecordDecisions;
    }

    Consumer<Model> change() {
        return change;
    }

    BooleanSupplier shapesValidated() {
        return shapesValidated;
    }

    ChangeContext context() {
        return context;
    }

    /** The check made ahead on the caller's thread, if there is one the writer may rely on. */
    Optional<Precheck> precheck() {
        return precheck;
    }

    /** Notes that the write was committed, with the number of its change record if it made one. */
    void committed(OptionalLong recorded) {
        outcome.complete(recorded);
    }

    /** Notes that the write was refused or failed; its caller gets {@code failure}. */
    void failed(Throwable failure) {
        outcome.completeExceptionally(failure);
    }

    boolean isDone() {
        return outcome.isDone();
    }

    /**
     * Waits, on the caller's thread, for the write's outcome: returns once it is committed (so that
     * {@link ChangeRecorder#lastRecorded()} gives its change's number here too), or throws what it
     * threw.
     */
    void await() {
        OptionalLong recorded;
        try {
            recorded = outcome.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        recorded.ifPresent(ChangeRecorder::noteRecorded);
    }
}
