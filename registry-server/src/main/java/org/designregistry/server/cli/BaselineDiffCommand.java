package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.BaselineDiff;
import org.designregistry.model.baseline.BaselineDiff.Side;
import org.designregistry.model.baseline.DiffReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "diff",
        header = "Compares two baselines, or a baseline and the registry now.",
        description =
                "Resources added, removed and changed, each property and link old -> new, counts"
                        + " by kind and workstream, and the changes (who, why) that made it.")
final class BaselineDiffCommand implements Callable<Integer> {

    @ParentCommand private BaselineCommand baseline;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier baseline.")
    private String from;

    @Parameters(
            index = "1",
            paramLabel = "B",
            defaultValue = Side.CURRENT,
            description = "The later baseline, or 'current' (default) for the registry now.")
    private String to;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "md (default), csv or json.")
    private String format;

    @Override
    public Integer call() {
        String chosen;
        try {
            chosen = ChangeTables.format(format, List.of("md", "csv", "json"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Registry store = baseline.open()) {
            Optional<String> other =
                    Side.CURRENT.equalsIgnoreCase(to) ? Optional.empty() : Optional.of(to);
            BaselineDiff diff = baseline.baselines(store).diff(from, other);
            PrintWriter out = spec.commandLine().getOut();
            switch (chosen) {
                case "csv" -> out.print(DiffReports.csv(diff));
                case "json" -> out.println(Json.write(diff));
                default -> out.print(DiffReports.markdown(diff));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
