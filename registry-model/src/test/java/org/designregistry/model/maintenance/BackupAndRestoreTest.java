package org.designregistry.model.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.maintenance.StoreMaintenanceTest.addToHistory;
import static org.designregistry.model.maintenance.StoreMaintenanceTest.historySize;
import static org.designregistry.model.maintenance.StoreMaintenanceTest.labelled;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.designregistry.model.RdfParseException;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAndRestoreTest {

    @TempDir Path dir;

    private final ExecutorService writer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopWriter() {
        writer.shutdownNow();
    }

    @Test
    void backupTakenWhileWritesRunRestoresEveryWriteAcknowledgedBeforeIt() throws Exception {
        StoreMaintenance.Backup backup;
        int acknowledgedBeforeBackup;
        long sampleSize;
        try (Registry registry = Registries.connect(dir.resolve("live"))) {
            registry.loadSources(StoreMaintenanceTest.sample());
            sampleSize = registry.size();
            addToHistory(registry, "sample loaded");
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Future<?> writes =
                    writer.submit(
                            () -> {
                                for (int i = 0; !stop.get(); i++) {
                                    Triple triple = labelled(i);
                                    Txn.executeWrite(
                                            registry.dataset(),
                                            () -> registry.dataset().getDefaultGraph().add(triple));
                                    acknowledged.set(i + 1);
                                }
                            });
            while (acknowledged.get() < 50) {
                Thread.sleep(5);
            }

            // A backup is short; on a busy machine the writer may not get a turn during one, so
            // take backups until writes did go on during one (each gets its own file).
            int acknowledgedAfterBackup;
            int attempts = 0;
            do {
                acknowledgedBeforeBackup = acknowledged.get();
                backup = StoreMaintenance.of(registry).backup(dir.resolve("backups"));
                acknowledgedAfterBackup = acknowledged.get();
            } while (acknowledgedAfterBackup == acknowledgedBeforeBackup && ++attempts < 50);
            stop.set(true);
            writes.get();

            assertThat(acknowledgedAfterBackup)
                    .as("writes went on during the backup")
                    .isGreaterThan(acknowledgedBeforeBackup);
        }

        StoreMaintenance.Restore restored =
                StoreMaintenance.restore(backup.file(), dir.resolve("restored"));

        assertThat(restored.conforms()).as("violations: %s", restored.violations()).isTrue();
        assertThat(restored.quadsRead()).isEqualTo(backup.quads());
        // The test's own graph, and the change history the writes were recorded in.
        assertThat(restored.namedGraphs()).isEqualTo(2);
        assertThat(restored.registryTriples())
                .isGreaterThanOrEqualTo(sampleSize + acknowledgedBeforeBackup);
        assertThat(restored.resourcesIndexed()).isGreaterThan(acknowledgedBeforeBackup);
        try (Registry reopened = Registries.connect(dir.resolve("restored"))) {
            assertThat(reopened.validate().conforms()).isTrue();
            assertThat(historySize(reopened)).isEqualTo(1);
            int beforeBackup = acknowledgedBeforeBackup;
            Txn.executeRead(
                    reopened.dataset(),
                    () -> {
                        for (int i = 0; i < beforeBackup; i++) {
                            assertThat(reopened.dataset().getDefaultGraph().contains(labelled(i)))
                                    .as("write %d, acknowledged before the backup", i)
                                    .isTrue();
                        }
                    });
            assertThat(
                            reopened.search()
                                    .search(
                                            org.designregistry.model.search.SearchQuery.of(
                                                    "Note 7"))
                                    .hits())
                    .isNotEmpty();
        }
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
        Path backup = backupOfThreeNotes();
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> StoreMaintenance.restore(backup, used))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("not empty");
        try (Stream<Path> files = Files.list(used)) {
            assertThat(files).containsExactly(used.resolve("notes.txt"));
        }
    }

    @Test
    void restoreOfABrokenFileLeavesTheFolderEmpty() throws Exception {
        Path broken = dir.resolve("broken.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(broken))) {
            out.write("<urn:a> <urn:b> \"unterminated .\n".getBytes(StandardCharsets.UTF_8));
        }
        Path target = dir.resolve("target");

        assertThatThrownBy(() -> StoreMaintenance.restore(broken, target))
                .isInstanceOf(RdfParseException.class);
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files).isEmpty();
        }
        assertThat(StoreMaintenance.restore(backupOfThreeNotes(), target).registryTriples())
                .isEqualTo(3);
    }

    private Path backupOfThreeNotes() throws IOException {
        try (Registry registry = Registries.connect(Files.createTempDirectory(dir, "source"))) {
            StoreMaintenanceTest.writeOneByOne(registry, 0, 3);
            return StoreMaintenance.of(registry).backup(dir.resolve("backups")).file();
        }
    }
}
