package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaintenanceCommandsTest {

    @TempDir Path temp;

    private Path data;

    @BeforeEach
    void loadARegistryWithHistory() {
        data = temp.resolve("data");
        CliRun load = CliRun.of("load", "--data", data, CliRun.fixture("with-history.trig"));
        assertThat(load.exitCode()).as(load.toString()).isZero();
    }

    @Test
    void backupThenRestoreIntoAnEmptyFolderKeepsEveryGraph() throws Exception {
        CliRun backup = CliRun.of("backup", "--data", data, "--output", temp.resolve("backups"));
        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        // The three quads of the fixture's graphs, and the change history's records of the load.
        assertThat(backup.out())
                .matches(
                        "(?s)Backed up \\d+ quads of "
                                + Pattern.quote(data.toAbsolutePath().toString())
                                + ".*");
        Path file = onlyFile(temp.resolve("backups"));
        assertThat(backup.out()).contains(file.toString());

        Path restored = temp.resolve("restored");
        CliRun restore = CliRun.of("restore", file, "--data", restored);

        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(restore.out())
                .matches(
                        "(?s)Restored \\d+ quads into "
                                + Pattern.quote(restored.toAbsolutePath().toString())
                                + ".*")
                .contains("2 triples in the registry graph, 2 named graphs, 1 resource indexed")
                .contains("It conforms to the shapes.");
        try (Registry registry = Registries.connect(restored)) {
            long history =
                    Txn.calculateRead(
                            registry.dataset(),
                            () ->
                                    (long)
                                            registry.dataset()
                                                    .getGraph(
                                                            NodeFactory.createURI(
                                                                    "urn:test:graph/history"))
                                                    .size());
            assertThat(history).isEqualTo(1);
        }
    }

    @Test
    void backupGoesToTheDataFoldersBackupsByDefault() throws Exception {
        CliRun backup = CliRun.of("backup", "--data", data);

        assertThat(backup.exitCode()).as(backup.toString()).isZero();
        assertThat(onlyFile(data.resolve("backups")).getFileName().toString())
                .startsWith("registry-")
                .endsWith(".nq.gz");
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
        CliRun.of("backup", "--data", data, "--output", temp.resolve("backups"));

        CliRun restore = CliRun.of("restore", onlyFile(temp.resolve("backups")), "--data", data);

        assertThat(restore.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(restore.err())
                .startsWith("registry restore: Cannot restore into")
                .contains("not empty");
    }

    @Test
    void restoreOfANonConformingFileRestoresItAndExitsWithOne() {
        Path restored = temp.resolve("restored");

        CliRun restore = CliRun.of("restore", CliRun.fixture("violating.ttl"), "--data", restored);

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(restore.out()).contains("does not conform to the shapes");
        assertThat(restored.resolve("store")).isDirectory();
    }

    @Test
    void compactReportsTheSizesBeforeAndAfter() {
        CliRun compact = CliRun.of("compact", "--data", data);

        assertThat(compact.exitCode()).as(compact.toString()).isZero();
        assertThat(compact.out())
                .matches("Compacted .*store from [\\d,.]+ MiB to [\\d,.]+ MiB in [\\d.]+ s\\.\\n");
        CliRun stats = CliRun.of("stats", "--data", data);
        assertThat(stats.out()).contains("2");
    }

    @Test
    void exportInTrigHoldsTheNamedGraphs() {
        CliRun export = CliRun.of("export", "--data", data, "--format", "trig");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(new String(export.rawOut(), StandardCharsets.UTF_8))
                .contains("urn:test:graph/history")
                .contains("Smart workstream created");
        assertThat(export.err()).isEmpty();
    }

    @Test
    void exportInATripleSyntaxWarnsThatNamedGraphsAreLeftOut() {
        CliRun export = CliRun.of("export", "--data", data, "--format", "nt");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(new String(export.rawOut(), StandardCharsets.UTF_8))
                .contains("Smart")
                .doesNotContain("Smart workstream created");
        assertThat(export.err())
                .startsWith("registry export: warning: N-Triples leaves out 2 named graphs")
                .contains("<urn:test:graph/history>")
                .contains("<urn:x-design-registry:changes>")
                .contains("--format trig or nq");
    }

    private static Path onlyFile(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.reduce(
                            (a, b) -> {
                                throw new AssertionError("More than one file in " + folder);
                            })
                    .orElseThrow();
        }
    }
}
