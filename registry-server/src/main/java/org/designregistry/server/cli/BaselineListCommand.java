package org.designregistry.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", header = "Lists the baselines, oldest first.")
final class BaselineListCommand implements Callable<Integer> {

    @ParentCommand private BaselineCommand baseline;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
        try (Registry store = baseline.open()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"name", "change", "created", "creator", "label"});
            for (Baseline b : baseline.baselines(store).list()) {
                rows.add(
                        new String[] {
                            b.name(),
                            Long.toString(b.change()),
                            b.created().toString(),
                            b.creator(),
                            b.label()
                        });
            }
            Text.table(rows, false, true).forEach(spec.commandLine().getOut()::println);
        }
        return ExitCodes.OK;
    }
}
