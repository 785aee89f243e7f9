package org.designregistry.model.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.designregistry.model.validation.ValidationReport.Violation;

/**
 * Decides, inside a write transaction, whether its changes may be committed: they may unless the
 * graph they leave has shape violations that the committed graph does not have.
 *
 * <p>Comparing with the committed graph, rather than refusing any non-conforming result, lets
 * editors keep working on a store that was loaded with violations (the command-line load does not
 * validate), and fix them one at a time; on a conforming store the two rules agree.
 *
 * <p>The two checks refuse the same writes with the same violations. {@link #AFFECTED_NODES}
 * validates only the focus nodes the write can affect ({@link Registry#affectedFocusNodes}), before
 * and after it: a node it cannot affect has the same results in both graphs, so none of them is
 * new. {@link #WHOLE_GRAPH} validates everything; it is what the first falls back to, and what
 * tests compare it with.
 */
enum WriteCheck {

    /** Validates the focus nodes the write can affect, or the whole graph when it must. */
    AFFECTED_NODES {
        @Override
        void check(Registry registry, NetChanges.Changes changes) {
            Optional<Set<Node>> affected =
                    changes.itemised()
                            ? registry.affectedFocusNodes(changes.triples())
                            : Optional.empty();
            if (affected.isEmpty()) {
                WHOLE_GRAPH.check(registry, changes);
            } else if (!affected.get().isEmpty()) {
                Set<Node> nodes = Set.copyOf(affected.get());
                refuseAdded(registry, r -> r.validate(nodes));
            }
        }
    },

    /** Validates the whole registry graph, before and after the write. */
    WHOLE_GRAPH {
        @Override
        void check(Registry registry, NetChanges.Changes changes) {
            refuseAdded(registry, Registry::validate);
        }
    };

    /**
     * Validates the graph as the current write transaction leaves it.
     *
     * @param changes the transaction's net changes
     * @throws ShapeViolationException with the violations the transaction would add
     */
    abstract void check(Registry registry, NetChanges.Changes changes);

    /**
     * Throws the violations that {@code validation} finds in this thread's write transaction and
     * not in the committed graph. The validation joins the write transaction when run on this
     * thread, and so sees its changes.
     */
    private static void refuseAdded(
            Registry registry, Function<Registry, ValidationReport> validation) {
        ValidationReport after = validation.apply(registry);
        if (after.conforms()) {
            return;
        }
        List<Violation> added =
                added(violations(after), violations(committed(registry, validation)));
        if (!added.isEmpty()) {
            throw new ShapeViolationException(new ValidationReport(added));
        }
    }

    /**
     * Returns the report of the committed graph. TDB2 transactions belong to their thread: a read
     * transaction begun on another thread sees the last commit, not this thread's changes, and does
     * not wait for the writer.
     */
    private static ValidationReport committed(
            Registry registry, Function<Registry, ValidationReport> validation) {
        try {
            return CompletableFuture.supplyAsync(
                            () -> validation.apply(registry),
                            task -> {
                                Thread thread = new Thread(task, "registry-validate-committed");
                                thread.setDaemon(true);
                                thread.start();
                            })
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RegistryException("Cannot validate the committed registry", e.getCause());
        }
    }

    private static List<Violation> violations(ValidationReport report) {
        return report.violations().stream()
                .filter(v -> v.severity() == Severity.VIOLATION)
                .toList();
    }

    private static List<Violation> added(List<Violation> after, List<Violation> before) {
        Set<Violation> known = new HashSet<>(before);
        return after.stream().filter(v -> !known.contains(v)).toList();
    }
}
