package org.designregistry.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.LoadResult;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry load FILE...}: adds RDF files to the registry in one transaction. */
@Command(
        name = "load",
        header = "Loads RDF files into the registry.",
        description =
                "Loads the files in one transaction: all of them or, on any error, none. The"
                        + " syntax is chosen by extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf, .owl"
                        + " ...); the named graphs of TriG and N-Quads files are kept beside the"
                        + " registry graph. Creates the store if it does not exist. Warns about a"
                        + " relation whose dr:changePropagates impact cannot follow as stated"
                        + " (annotated both ways).")
final class LoadCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The RDF files to load.")
    private List<Path> files;

    @Option(
            names = "--message",
            paramLabel = "TEXT",
            description = "Why the files are loaded, kept in the load's change record.")
    private String message;

    @Option(
            names = "--change-request",
            paramLabel = "REF",
            description = "The change request the load is made for, kept in its change record.")
    private String changeRequest;

    @Override
    public Integer call() {
        // Checked before the store is opened, so a typo never creates an empty store.
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new RegistryException(
                        file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            }
            if (!Files.isReadable(file)) {
                throw new RegistryException(file + ": permission denied");
            }
        }
        ChangeContext context =
                ChangeContext.of(
                        CliPrincipal.name(), ChangeContext.CLI_LOAD, message, changeRequest);
        try (Registry store = registry.openOrCreate()) {
            LoadResult result = ChangeContext.callWith(context, () -> store.load(files));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Loaded %s into %s: %s triples read, %s new; the registry holds %s"
                                    + " triples.%n",
                            Text.count(result.sources().size(), "file", "files"),
                            registry.dataDir(),
                            Text.number(result.triplesRead()),
                            Text.number(result.triplesAdded()),
                            Text.number(result.sizeAfter()));
            PropagationWarnings.print(store, IriShortener.of(store), spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }
}
