package org.designregistry.server.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.search.RegistrySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry reindex}: rebuilds the full-text search index from the store. */
@Command(
        name = "reindex",
        header = "Rebuilds the search index from the store.",
        description =
                "Derives every resource's search document from the store again and replaces the"
                        + " index in the data folder's "
                        + RegistrySearch.INDEX_FOLDER
                        + "/ sub-folder. The index follows every write by itself, and is rebuilt"
                        + " at start-up when missing or damaged; this forces a rebuild.")
final class ReindexCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
        try (Registry store = registry.openExisting()) {
            long start = System.nanoTime();
            int resources = store.search().rebuild();
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Rebuilt the search index of %s: %s in %s s.%n",
                            registry.dataDir(),
                            Text.count(resources, "resource", "resources"),
                            String.format(Locale.ROOT, "%.1f", seconds));
        }
        return ExitCodes.OK;
    }
}
