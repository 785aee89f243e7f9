package org.designregistry.server.cli;

import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "delete",
        header = "Deletes a baseline, recorded as a change.",
        description = "Removes its record; the change history keeps the deletion and what it held.")
final class BaselineDeleteCommand implements Callable<Integer> {

    @ParentCommand private BaselineCommand baseline;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The baseline.")
    private String name;

    @Option(
            names = "--reason",
            paramLabel = "TEXT",
            description = "Why it is deleted, kept in the change record.")
    private String reason;

    @Override
    public Integer call() {
        try (Registry store = baseline.open()) {
            ChangeContext who = ChangeContext.of(CliPrincipal.name(), "cli", null, null);
            ChangeContext.runWith(who, () -> baseline.baselines(store).delete(name, reason));
            spec.commandLine().getOut().printf("Deleted baseline %s.%n", name);
        }
        return ExitCodes.OK;
    }
}
