package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryStats;
import org.designregistry.model.RegistryStats.ClassCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry stats}: the registry's resources per class and its triples. */
@Command(name = "stats", header = "Counts the registry's resources per class and its triples.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Registry store = registry.openExisting()) {
            RegistryStats stats = store.stats();
            out.println("Registry at " + registry.dataDir());
            if (stats.triples() == 0) {
                out.println("The registry is empty: 0 triples.");
                return ExitCodes.OK;
            }
            IriShortener iris = IriShortener.of(store);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Class", "IRI", "Resources"});
            for (ClassCount c : stats.classes()) {
                rows.add(
                        new String[] {
                            c.label(), iris.shorten(c.classIri()), Text.number(c.count())
                        });
            }
            rows.add(new String[] {"Triples", "", Text.number(stats.triples())});
            List<String> lines = Text.table(rows, false, false, true);
            int width = lines.stream().mapToInt(String::length).max().orElse(0);
            out.println();
            out.println(lines.get(0));
            out.println("-".repeat(width));
            lines.subList(1, lines.size() - 1).forEach(out::println);
            out.println("-".repeat(width));
            out.println(lines.get(lines.size() - 1));
        }
        return ExitCodes.OK;
    }
}
