package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.designregistry.model.validation.ValidationReport.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry validate}: checks the registry against the SHACL shapes. */
@Command(
        name = "validate",
        header = "Checks the registry against its SHACL shapes.",
        description =
                "Prints one line per result (severity, focus node, path, message), then a"
                        + " summary. Exits with 1 when there are violations.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Registry store = registry.openExisting()) {
            ValidationReport report = store.validate();
            IriShortener iris = IriShortener.of(store);
            List<String[]> rows = new ArrayList<>();
            for (Violation v : report.violations()) {
                String path = iris.shortenPath(v.path());
                rows.add(
                        new String[] {
                            v.severity().name(),
                            iris.shorten(v.focusNode()),
                            path.isEmpty() ? "-" : path,
                            v.message()
                        });
            }
            Text.table(rows).forEach(out::println);
            out.println(summary(report, store.size()));
            return report.conforms() ? ExitCodes.OK : ExitCodes.NOT_CONFORMING;
        }
    }

    private String summary(ValidationReport report, long triples) {
        long violations = count(report, Severity.VIOLATION);
        long warnings = count(report, Severity.WARNING);
        long infos = count(report, Severity.INFO);
        long focusNodes = report.violations().stream().map(Violation::focusNode).distinct().count();
        String checked = Text.number(triples) + " triples in " + registry.dataDir();
        if (report.violations().isEmpty()) {
            return "Conforms: no violations (" + checked + ").";
        }
        String counts =
                Text.count(violations, "violation", "violations")
                        + ", "
                        + Text.count(warnings, "warning", "warnings")
                        + ", "
                        + Text.count(infos, "info", "infos")
                        + " on "
                        + Text.count(focusNodes, "resource", "resources");
        return (report.conforms() ? "Conforms with " : "Does not conform: ")
                + counts
                + " ("
                + checked
                + ").";
    }

    private static long count(ValidationReport report, Severity severity) {
        return report.violations().stream().filter(v -> v.severity() == severity).count();
    }
}
