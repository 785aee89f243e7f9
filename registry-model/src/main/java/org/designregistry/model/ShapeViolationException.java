package org.designregistry.model;

import java.util.Objects;
import java.util.stream.Collectors;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.model.validation.ValidationReport.Violation;

/**
 * A write was refused because it would break the registry's SHACL shapes; nothing was stored.
 *
 * <p>{@link #report()} holds the violations the write would have added: those of the graph after
 * the write that the graph before it did not have.
 */
public class ShapeViolationException extends RegistryException {

    private static final int LISTED = 3;

    private final transient ValidationReport report;

    /** Creates the exception for the violations a refused write would have added. */
    public ShapeViolationException(ValidationReport report) {
        super(message(Objects.requireNonNull(report, "report")));
        this.report = report;
    }

    /** Returns the violations the refused write would have added, in the report's order. */
    public ValidationReport report() {
        return report;
    }

    private static String message(ValidationReport report) {
        int count = report.violations().size();
        String listed =
                report.violations().stream()
                        .limit(LISTED)
                        .map(ShapeViolationException::describe)
                        .collect(Collectors.joining("; "));
        return "The change breaks the registry's shapes ("
                + count
                + (count == 1 ? " violation" : " violations")
                + "): "
                + listed
                + (count > LISTED ? "; ..." : "")
                + "; nothing was stored";
    }

    private static String describe(Violation v) {
        return v.focusNode() + (v.path().isEmpty() ? "" : " " + v.path()) + ": " + v.message();
    }
}
