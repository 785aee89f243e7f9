package org.designregistry.server.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.BaselineDraft;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.resource.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "create",
        header = "Freezes the registry as it is now under a name.",
        description =
                "Records the baseline as a new change by cli:<your name>; the baseline holds every"
                        + " change recorded before it.")
final class BaselineCreateCommand implements Callable<Integer> {

    @ParentCommand private BaselineCommand baseline;

    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Its name, such as 'IR8.8'.")
    private String name;

    @Option(names = "--label", paramLabel = "TEXT", description = "Its label (default: NAME).")
    private String label;

    @Option(names = "--description", paramLabel = "TEXT", description = "What it is for.")
    private String description;

    @Option(
            names = "--decision",
            paramLabel = "REF",
            description = "The decision that approved it, such as decision:DAG-2022-03-31-01.")
    private String decision;

    @Override
    public Integer call() {
        try (Registry store = baseline.open()) {
            Optional<String> approvedBy =
                    Optional.ofNullable(decision)
                            .map(
                                    d ->
                                            Resources.of(store, BaselineCommand.DEFAULT_BASE_IRI)
                                                    .resolve(Ref.parse(d)));
            BaselineDraft draft =
                    new BaselineDraft(
                            name,
                            Optional.ofNullable(label),
                            Optional.ofNullable(description),
                            approvedBy);
            ChangeContext who = ChangeContext.of(CliPrincipal.name(), "cli", null, null);
            Baseline created =
                    ChangeContext.callWith(who, () -> baseline.baselines(store).create(draft));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Froze baseline %s at change %d (%s).%n",
                            created.name(), created.change(), created.iri());
        }
        return ExitCodes.OK;
    }
}
