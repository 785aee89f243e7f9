package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.search.RebuildReport;
import org.designregistry.model.search.RegistrySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code registry reindex} (or {@code repair}): throws the search index away and builds it again
 * from the store, reporting the resources it left out.
 */
@Command(
        name = "reindex",
        aliases = "repair",
        header = "Rebuilds the search index from the store.",
        description =
                "Throws away the index in the data folder's "
                        + RegistrySearch.INDEX_FOLDER
                        + "/ sub-folder and derives every resource's search document from the"
                        + " store again, listing any resource it could not index. The index"
                        + " follows every write by itself, and is rebuilt at start-up when missing"
                        + " or damaged; this repairs one that cannot even be opened, and forces a"
                        + " rebuild.")
final class ReindexCommand implements Callable<Integer> {

    /** How many skipped resources are listed one by one. */
    static final int LISTED = 20;

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
        try (Registry store = registry.openExisting()) {
            long start = System.nanoTime();
            RebuildReport report = store.search().repair();
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "Rebuilt the search index of %s: %s in %s s.%n",
                    registry.dataDir(),
                    Text.count(report.indexed(), "resource", "resources"),
                    String.format(Locale.ROOT, "%.1f", seconds));
            if (!report.skipped().isEmpty()) {
                out.printf(
                        "Skipped %s, still in the store but not found by search:%n",
                        Text.count(report.skipped().size(), "resource", "resources"));
                report.skipped().stream()
                        .limit(LISTED)
                        .forEach(s -> out.printf("  %s: %s%n", s.iri(), s.reason()));
                if (report.skipped().size() > LISTED) {
                    out.printf("  ... and %d more%n", report.skipped().size() - LISTED);
                }
            }
        }
        return ExitCodes.OK;
    }
}
