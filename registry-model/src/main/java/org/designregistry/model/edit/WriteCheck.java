package org.designregistry.model.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 */
final class WriteCheck {

    private WriteCheck() {}

    /**
     * Validates the graph as the current write transaction leaves it.
     *
     * @throws ShapeViolationException with the violations the transaction would add
     */
    static void check(Registry registry) {
        // registry.validate() joins this thread's write transaction and so sees its changes.
        ValidationReport after = registry.validate();
        if (after.conforms()) {
            return;
        }
        List<Violation> added = added(violations(after), violations(committed(registry)));
        if (!added.isEmpty()) {
            throw new ShapeViolationException(new ValidationReport(added));
        }
    }

    /**
     * Returns the report of the committed graph. TDB2 transactions belong to their thread: a read
     * transaction begun on another thread sees the last commit, not this thread's changes, and does
     * not wait for the writer.
     */
    private static ValidationReport committed(Registry registry) {
        try {
            return CompletableFuture.supplyAsync(
                            registry::validate,
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
