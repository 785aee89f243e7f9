package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.history.ResourceHistory;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.server.history.ResourceHistoryResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "history",
        header = "Prints the recorded changes of one resource, newest first.",
        description =
                "Each change that touched the resource, with who, when, the route and the message,"
                        + " and what it did to each property or link (old -> new, with labels).")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "REF",
            description =
                    "The resource: a reference such as DES138 or interface:IF-041, or an IRI.")
    private String ref;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "The most changes to print, 1 to 500 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "md (default) or json.")
    private String format;

    @Override
    public Integer call() {
        String chosen;
        try {
            chosen = ChangeTables.format(format, List.of("md", "json"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (limit < 1 || limit > ChangeQuery.MAX_SIZE) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid --limit " + limit + ": give 1 to " + ChangeQuery.MAX_SIZE);
        }
        try (Registry store = registry.openExisting()) {
            ResourceHistory history = store.history().resourceHistory(iri(store), 0, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (chosen.equals("json")) {
                out.println(Json.write(ResourceHistoryResponse.of(history)));
            } else {
                out.print(ChangeTables.markdown(history));
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private String iri(Registry store) {
        if (ref.contains("://") || ref.startsWith("urn:")) {
            return ref;
        }
        return store.catalog()
                .resolve(Ref.parse(ref))
                .map(ResourceRef::iri)
                .orElseThrow(
                        () -> new ResourceNotFoundException("No resource matches '" + ref + "'"));
    }
}
