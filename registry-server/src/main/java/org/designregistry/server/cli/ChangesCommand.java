package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangePage;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.server.history.ChangeListResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "changes",
        header = "Prints the registry's recorded changes, newest first.",
        description =
                "Every committed write that changed the registry, with its number, time, who made"
                        + " it, the route it came by, its message and change request, and how many"
                        + " resources it touched; filtered like GET /api/changes.")
final class ChangesCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = "--since",
            paramLabel = "N|TIME",
            description = "The earliest change: a change number or an ISO-8601 time.")
    private String since;

    @Option(
            names = "--until",
            paramLabel = "N|TIME",
            description = "The latest change: a change number or an ISO-8601 time.")
    private String until;

    @Option(names = "--user", paramLabel = "NAME", description = "Only this principal's changes.")
    private String user;

    @Option(names = "--route", paramLabel = "ROUTE", description = "Only changes by this route.")
    private String route;

    @Option(
            names = "--change-request",
            paramLabel = "REF",
            description = "Only changes made for this change request.")
    private String changeRequest;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "The most changes to print, 1 to 500 (default: ${DEFAULT-VALUE}).")
    private int limit;

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
        ChangeQuery query =
                ChangeQuery.all()
                        .withPage(0, limit)
                        .withUser(user)
                        .withRoute(route)
                        .withChangeRequest(changeRequest)
                        .withSince(since == null ? null : ChangeBound.parse(since))
                        .withUntil(until == null ? null : ChangeBound.parse(until));
        try (Registry store = registry.openExisting()) {
            ChangePage page = store.history().list(query);
            PrintWriter out = spec.commandLine().getOut();
            switch (chosen) {
                case "csv" -> out.print(ChangeTables.csv(page.items()));
                case "json" -> out.println(Json.write(ChangeListResponse.of(page)));
                default -> out.print(ChangeTables.markdown(page.items()));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
