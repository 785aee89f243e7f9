package org.designregistry.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.designregistry.model.Registry;
import org.designregistry.model.maintenance.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code registry backup}: writes every graph of the registry to a dated N-Quads file. */
@Command(
        name = "backup",
        header = "Backs the registry up to a dated N-Quads file.",
        description =
                "Writes every graph of the store (the registry graph and named graphs such as the"
                        + " history) to a new gzipped N-Quads file named after the time in UTC, such"
                        + " as registry-2026-12-03T120455Z.nq.gz. The store must not be in use by a"
                        + " server: while one runs, use POST /api/admin/backup instead. Restore"
                        + " with 'registry restore FILE --data EMPTY_DIR'.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description =
                    "The folder to write the backup to (default: the data folder's "
                            + StoreMaintenance.BACKUP_FOLDER
                            + "/ sub-folder).")
    private Path output;

    @Override
    public Integer call() {
        try (Registry store = registry.openExisting()) {
            Path folder =
                    output != null
                            ? output
                            : registry.dataDir().resolve(StoreMaintenance.BACKUP_FOLDER);
            StoreMaintenance.Backup backup = StoreMaintenance.of(store).backup(folder);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Backed up %s of %s to %s (%s) in %s.%n",
                            Text.count(backup.quads(), "quad", "quads"),
                            registry.dataDir(),
                            backup.file(),
                            Text.bytes(backup.bytes()),
                            Text.millis(backup.millis()));
        }
        return ExitCodes.OK;
    }
}
