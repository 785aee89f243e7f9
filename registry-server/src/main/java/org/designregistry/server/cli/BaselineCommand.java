package org.designregistry.server.cli;

import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baselines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code baseline} commands: freeze, list, export, compare and delete baselines. */
@Command(
        name = "baseline",
        header = "Freezes, lists, exports, compares and deletes baselines.",
        description =
                "A baseline is the registry graph exactly as it stood after one recorded change,"
                        + " under a name such as 'Design Baseline 1'; nothing can change it.",
        subcommands = {
            BaselineCreateCommand.class,
            BaselineListCommand.class,
            BaselineExportCommand.class,
            BaselineDiffCommand.class,
            BaselineDeleteCommand.class
        })
final class BaselineCommand implements Runnable {

    /** The namespace new baselines are named in unless {@code --base-iri} says otherwise. */
    static final String DEFAULT_BASE_IRI = "https://registry.mhhs.example/id/";

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = "--base-iri",
            paramLabel = "IRI",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description =
                    "The namespace of resource IRIs, as the server's registry.base-iri (default:"
                            + " "
                            + DEFAULT_BASE_IRI
                            + ").")
    private String baseIri;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "Give a baseline command: create, list, export, diff, delete");
    }

    /** Opens the existing store. */
    Registry open() {
        return registry.openExisting();
    }

    /** Returns the baselines of an open store. */
    Baselines baselines(Registry store) {
        return Baselines.of(store, baseIri == null ? DEFAULT_BASE_IRI : baseIri);
    }

    /** Returns the top-level command, for raw output. */
    RegistryCommand registry() {
        return registry;
    }
}
