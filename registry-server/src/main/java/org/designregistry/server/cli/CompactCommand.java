package org.designregistry.server.cli;

import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.maintenance.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry compact}: reclaims the space that writes left behind in the store. */
@Command(
        name = "compact",
        header = "Compacts the store, reclaiming the space writes left behind.",
        description =
                "TDB2 never reuses the space a write frees, so a store grows with every write."
                        + " This copies the live data to a new generation of the store and deletes"
                        + " the old one. The store must not be in use by a server: while one runs,"
                        + " use POST /api/admin/compact, or let it compact by itself"
                        + " (registry.store.compact-ratio).")
final class CompactCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
        try (Registry store = registry.openExisting()) {
            StoreMaintenance.Compaction done = StoreMaintenance.of(store).compact();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Compacted %s from %s to %s in %s.%n",
                            done.store(),
                            Text.bytes(done.bytesBefore()),
                            Text.bytes(done.bytesAfter()),
                            Text.millis(done.millis()));
        }
        return ExitCodes.OK;
    }
}
