package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {

    @TempDir Path temp;

    @Test
    void loadsFileThenStatsShowsItsCounts() {
        Path data = temp.resolve("data");
        long triples = RDFDataMgr.loadModel(fixture("conforming.ttl").toString()).size();

        CliRun load = CliRun.of("load", "--data", data, fixture("conforming.ttl"));
        CliRun stats = CliRun.of("stats", "--data", data);

        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(load.out())
                .contains("Loaded 1 file into " + data.toAbsolutePath())
                .contains(triples + " triples read");
        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        assertThat(stats.out().lines())
                .anySatisfy(line -> assertThat(line).contains("dr:BusinessProcess").endsWith(" 2"))
                .anySatisfy(line -> assertThat(line).contains("dr:Workstream").endsWith(" 1"))
                .anySatisfy(line -> assertThat(line).startsWith("Triples").endsWith(" " + triples));
    }

    @Test
    void loadsSeveralFilesOfDifferentSyntaxesTogether() {
        Path data = temp.resolve("data");

        CliRun load =
                CliRun.of("load", "--data", data, fixture("conforming.ttl"), fixture("extra.nt"));

        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(load.out()).contains("Loaded 2 files");
        try (Registry registry = Registries.connect(data)) {
            assertThat(registry.stats().count(DR.Workstream.getURI())).isEqualTo(2);
        }
    }

    @Test
    void rejectsBrokenTurtleNamingFileLineAndColumnAndLeavesStoreUnchanged() {
        Path data = temp.resolve("data");
        CliRun.of("load", "--data", data, fixture("conforming.ttl"));
        Model before = exported(data);

        CliRun load = CliRun.of("load", "--data", data, fixture("extra.nt"), fixture("broken.ttl"));

        assertThat(load.exitCode()).as(load.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(load.out()).isEmpty();
        assertThat(load.err().lines()).hasSize(1);
        assertThat(load.err()).startsWith("registry load: ").containsPattern("broken\\.ttl:6:\\d+");
        RdfGraphs.assertIsomorphic(exported(data), before);
    }

    @Test
    void rejectsMissingFileWithoutCreatingTheStore() {
        Path data = temp.resolve("data");
        Path missing = temp.resolve("missing.ttl");

        CliRun load = CliRun.of("load", "--data", data, fixture("conforming.ttl"), missing);

        assertThat(load.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(load.err().strip()).isEqualTo("registry load: " + missing + ": no such file");
        assertThat(data).doesNotExist();
    }

    @Test
    void rejectsFolderGivenAsFile() {
        CliRun load = CliRun.of("load", "--data", temp.resolve("data"), temp);

        assertThat(load.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(load.err()).contains(temp + ": not a file");
    }

    @Test
    void rejectsFileWithUnknownExtensionLeavingStoreEmpty() throws Exception {
        Path data = temp.resolve("data");
        Path notRdf = Files.writeString(temp.resolve("notes.txt"), "hello");

        CliRun load = CliRun.of("load", "--data", data, fixture("conforming.ttl"), notRdf);

        assertThat(load.exitCode()).as(load.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(load.err()).startsWith("registry load: ").contains("notes.txt");
        try (Registry registry = Registries.connect(data)) {
            assertThat(registry.isEmpty()).isTrue();
        }
    }

    @Test
    void requiresAtLeastOneFile() {
        CliRun load = CliRun.of("load", "--data", temp.resolve("data"));

        assertThat(load.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(load.err()).startsWith("registry load: Missing required parameter");
        assertThat(load.launches()).isEmpty();
    }

    private static Model exported(Path data) {
        CliRun export = CliRun.of("export", "--data", data, "--format", "nt");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        return RdfGraphs.parse(export.rawOut(), Lang.NTRIPLES);
    }
}
