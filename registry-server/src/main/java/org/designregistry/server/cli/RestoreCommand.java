package org.designregistry.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.designregistry.model.maintenance.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry restore FILE --data EMPTY_DIR}: restores a backup into an empty data folder. */
@Command(
        name = "restore",
        header = "Restores a backup into a new, empty data folder.",
        description =
                "Loads a backup (or any RDF file; N-Quads and TriG keep their named graphs) into"
                        + " the data folder given by --data, which must be new or empty, in one"
                        + " transaction; builds the search index; validates the registry graph and"
                        + " reports. Exits with 1 when the restored registry does not conform to"
                        + " the shapes. Serve it with 'registry serve --data DIR'.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup, such as registry-...nq.gz.")
    private Path backup;

    @Override
    public Integer call() {
        StoreMaintenance.Restore restored = StoreMaintenance.restore(backup, registry.dataDir());
        spec.commandLine()
                .getOut()
                .printf(
                        "Restored %s into %s: %s in the registry graph, %s, %s indexed.%n",
                        Text.count(restored.quadsRead(), "quad", "quads"),
                        restored.dataFolder(),
                        Text.count(restored.registryTriples(), "triple", "triples"),
                        Text.count(restored.namedGraphs(), "named graph", "named graphs"),
                        Text.count(restored.resourcesIndexed(), "resource", "resources"));
        if (!restored.conforms()) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "The restored registry does not conform to the shapes: %s (see"
                                    + " 'registry validate --data %s').%n",
                            Text.count(restored.violations(), "violation", "violations"),
                            restored.dataFolder());
            return ExitCodes.NOT_CONFORMING;
        }
        spec.commandLine().getOut().println("It conforms to the shapes.");
        return ExitCodes.OK;
    }
}
