package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code registry import} and {@code registry export-register} against a store on disk. */
class ImportCommandTest {

    @TempDir Path temp;

    private Path data;

    @BeforeEach
    void loadFixture() {
        data = temp.resolve("data");
        CliRun load = CliRun.of("load", "--data", data, fixture("conforming.ttl"));
        assertThat(load.exitCode()).as(load.toString()).isZero();
    }

    @Test
    void exportsARegisterThatImportsBackAsNoChange() throws Exception {
        Path file = temp.resolve("processes.csv");

        CliRun export = CliRun.of("export-register", "processes", "--data", data, "-o", file);
        CliRun dryRun = CliRun.of("import", "--data", data, "--dry-run", file);

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).contains("Wrote 2 rows (Business process list) to " + file);
        assertThat(Files.readString(file)).startsWith("Process ID,Process Name,");
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out())
                .contains("processes.csv (processes): 2 rows: 0 created, 0 updated, 2 unchanged")
                .contains("(dry run: nothing stored)");
        assertThat(dryRun.err()).contains("rows read 3 of 3");
    }

    @Test
    void importsARegisterAsOneChangeAndShowsWhatChanged() throws Exception {
        Path file =
                Files.writeString(
                        temp.resolve("my-processes.csv"),
                        "Process ID,Process Name,Owner\nBP001,Register a meter,WS-DES\n"
                                + "BP003,Replace a meter,WS-DES\n");

        CliRun run = CliRun.of("import", "--data", data, "--mapping", "processes", file);
        CliRun again = CliRun.of("import", "--data", data, "--mapping", "processes", file);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("2 rows: 1 created, 0 updated, 1 unchanged")
                .contains("created process:BP003");
        assertThat(again.out()).contains("0 created, 0 updated, 2 unchanged");
        CliRun changes = CliRun.of("changes", "--data", data);
        assertThat(changes.out()).contains("Import of my-processes.csv");
    }

    @Test
    void refusesAFileWithAFailingRowShowingWhereAndStoresNothing() throws Exception {
        Path file =
                Files.writeString(
                        temp.resolve("processes.csv"),
                        "Process ID,Process Name,Owner\nBP003,Replace a meter,nowhere\n");

        CliRun run = CliRun.of("import", "--data", data, file);
        CliRun after =
                CliRun.of(
                        "export-register",
                        "processes",
                        "--data",
                        data,
                        "--format",
                        "csv",
                        "-o",
                        temp.resolve("after.csv"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(run.out())
                .contains(
                        "refused at sheet processes.csv, row 2, column C (Owner): unknown link target");
        assertThat(after.out()).contains("Wrote 2 rows");
    }
}
