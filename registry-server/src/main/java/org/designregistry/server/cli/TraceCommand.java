package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.trace.TraceMatrix;
import org.designregistry.model.trace.Traceability;
import org.designregistry.server.trace.TraceResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry trace}: the traceability matrix of two kinds. */
@Command(
        name = "trace",
        header = "Prints which resources of two kinds are linked.",
        description =
                "Lists the linked pairs of two kinds (such as Requirement and BusinessProcess),"
                        + " directly or through a path of relations, and what is linked to nothing.")
final class TraceCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(names = "--rows", required = true, paramLabel = "KIND", description = "The rows' kind.")
    private String rows;

    @Option(
            names = "--cols",
            required = true,
            paramLabel = "KIND",
            description = "The columns' kind.")
    private String cols;

    @Option(
            names = "--via",
            split = ",",
            paramLabel = "REL",
            description = "A path of relations from row to column, such as dr:uses,dr:carries.")
    private List<String> via;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "md (default), csv or json.")
    private String format;

    @Override
    public Integer call() {
        try (Registry store = registry.openExisting()) {
            TraceMatrix matrix;
            try {
                matrix = Traceability.of(store).matrix(rows, cols, via == null ? List.of() : via);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            String chosen =
                    format == null ? "md" : format.strip().toLowerCase(java.util.Locale.ROOT);
            switch (chosen) {
                case "md" -> out.print(matrix.toMarkdown());
                case "csv" -> out.print(matrix.toCsv());
                case "json" -> out.println(Json.write(TraceResponses.MatrixResponse.of(matrix)));
                default ->
                        throw new ParameterException(
                                spec.commandLine(),
                                "Unknown format '" + format + "': expected md, csv or json");
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
