package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.suspect.SuspectLink;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.model.suspect.SuspectPage;
import org.designregistry.model.suspect.SuspectQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "suspects",
        header = "Prints the suspect links, most recently marked first.",
        description =
                "Links from resources that depend on one that changed after it was approved or"
                        + " baselined, with the change that made each suspect; filtered like GET"
                        + " /api/suspect-links. Clear them through the server (POST"
                        + " /api/suspect-links/clear or the /suspect-links page).")
final class SuspectsCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = "--workstream",
            paramLabel = "ID",
            description = "Only links with an end this workstream owns.")
    private String workstream;

    @Option(
            names = "--owner",
            paramLabel = "ID",
            description = "Only links whose dependant this owner owns.")
    private String owner;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only links with an end of it.")
    private String kind;

    @Option(
            names = "--since",
            paramLabel = "N|TIME",
            description = "Only links made suspect at or after a change number or ISO-8601 time.")
    private String since;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "The most links to print, 1 to 500 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "text (default) or json.")
    private String format;

    @Override
    public Integer call() {
        String chosen;
        try {
            chosen = ChangeTables.format(format, List.of("text", "json"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SuspectQuery query =
                new SuspectQuery(
                        Optional.ofNullable(workstream),
                        Optional.ofNullable(owner),
                        Optional.ofNullable(kind),
                        Optional.ofNullable(since).map(ChangeBound::parse),
                        0,
                        limit);
        try (Registry store = registry.openExisting()) {
            SuspectPage page = SuspectLinks.of(store).list(query);
            PrintWriter out = spec.commandLine().getOut();
            if (chosen.equals("json")) {
                out.println(Json.write(page));
            } else {
                List<String[]> rows = new ArrayList<>();
                rows.add(
                        new String[] {
                            "id", "dependant", "relation", "changed", "since", "changes"
                        });
                for (SuspectLink l : page.items()) {
                    rows.add(
                            new String[] {
                                l.id(),
                                name(l.dependant().identifier(), l.dependant().label()),
                                l.relation().name(),
                                name(l.changed().identifier(), l.changed().label()),
                                Long.toString(l.since()),
                                l.changes().toString()
                            });
                }
                Text.table(rows, false).forEach(out::println);
                out.println(Text.count(page.total(), "suspect link", "suspect links"));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String name(String identifier, String label) {
        return identifier.isEmpty() ? label : identifier + " " + label;
    }
}
