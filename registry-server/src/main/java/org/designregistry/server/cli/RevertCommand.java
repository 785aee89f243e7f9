package org.designregistry.server.cli;

import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.ChangeReverts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "revert",
        header = "Reverts a recorded change as a new change.",
        description =
                "Applies the inverse of change N, checked against the shapes, and records it as a"
                        + " new change by cli:<your name>. Refused, with nothing changed, when later"
                        + " changes altered the same triples; the message names them.")
final class RevertCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "N", description = "The number of the change to revert.")
    private long number;

    @Option(
            names = "--message",
            paramLabel = "TEXT",
            description = "Why the change is reverted, kept in the revert's change record.")
    private String message;

    @Override
    public Integer call() {
        ChangeContext context =
                ChangeContext.of(CliPrincipal.name(), ChangeContext.REVERT, message, null);
        try (Registry store = registry.openExisting()) {
            // The command line acts as the store's owner, as load does.
            ChangeRecord revert =
                    ChangeContext.callWith(
                            context,
                            () -> ChangeReverts.revert(store, number, WriteRights.unrestricted()));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Reverted change %d as change %d (%s).%n",
                            number,
                            revert.number(),
                            Text.count(revert.touched().size(), "resource", "resources"));
        }
        return ExitCodes.OK;
    }
}
