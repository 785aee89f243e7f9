package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.trace.CoverageReport;
import org.designregistry.model.trace.Traceability;
import org.designregistry.server.trace.TraceResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry gaps}: the coverage gaps, with coverage per kind. */
@Command(
        name = "gaps",
        header = "Prints the registry's coverage gaps.",
        description =
                "Requirements nothing satisfies, interfaces without sender or receiver, data items"
                        + " no interface carries, artefacts without owner, Approved artefacts"
                        + " without approving decision, processes no artefact specifies; with"
                        + " coverage per kind.")
final class GapsCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "md (default) or json.")
    private String format;

    @Override
    public Integer call() {
        String chosen = format == null ? "md" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!chosen.equals("md") && !chosen.equals("json")) {
            throw new ParameterException(
                    spec.commandLine(), "Unknown format '" + format + "': expected md or json");
        }
        try (Registry store = registry.openExisting()) {
            CoverageReport report = Traceability.of(store).gaps();
            PrintWriter out = spec.commandLine().getOut();
            if (chosen.equals("md")) {
                out.print(report.toMarkdown());
            } else {
                out.println(Json.write(TraceResponses.GapsResponse.of(report)));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
