package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.designregistry.model.RdfFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportCommandTest {

    @TempDir Path temp;

    private Path data;
    private Model loaded;

    @BeforeEach
    void loadFixture() {
        data = temp.resolve("data");
        loaded = RDFDataMgr.loadModel(fixture("conforming.ttl").toString());
        CliRun load = CliRun.of("load", "--data", data, fixture("conforming.ttl"));
        assertThat(load.exitCode()).as(load.toString()).isZero();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportsToStdoutInEachFormatAndRoundTrips(RdfFormat format) {
        CliRun export = CliRun.of("export", "--data", data, "--format", format.shortName());

        assertThat(export.exitCode()).as(export.toString()).isZero();
        if (format == RdfFormat.TRIG || format == RdfFormat.N_QUADS) {
            assertThat(export.err()).isEmpty();
        } else {
            // The load was recorded in the change history, a named graph a triple syntax cannot
            // hold.
            assertThat(export.err())
                    .contains("leaves out 1 named graph (<urn:x-design-registry:changes>)");
        }
        RdfGraphs.assertIsomorphic(RdfGraphs.parse(export.rawOut(), format.lang()), loaded);
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportsToFileInEachFormatAndRoundTrips(RdfFormat format) throws Exception {
        Path output = temp.resolve("export.out");

        CliRun export =
                CliRun.of("export", "--data", data, "-f", format.shortName(), "--output", output);

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out())
                .isEqualTo(
                        "Exported "
                                + loaded.size()
                                + " triples to "
                                + output
                                + " as "
                                + format.lang().getLabel()
                                + ".\n");
        RdfGraphs.assertIsomorphic(
                RdfGraphs.parse(Files.readAllBytes(output), format.lang()), loaded);
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("data", "export.out");
        }
    }

    @Test
    void writesTurtleToStdoutByDefault() {
        CliRun export = CliRun.of("export", "--data", data);

        assertThat(export.exitCode()).isZero();
        RdfGraphs.assertIsomorphic(RdfGraphs.parse(export.rawOut(), Lang.TURTLE), loaded);
    }

    @Test
    void choosesFormatFromOutputExtension() throws Exception {
        Path output = temp.resolve("registry.nt");

        CliRun export = CliRun.of("--data", data, "export", "-o", output);

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).endsWith("as N-Triples.\n");
        RdfGraphs.assertIsomorphic(
                RdfGraphs.parse(Files.readAllBytes(output), Lang.NTRIPLES), loaded);
    }

    @Test
    void rejectsUnknownFormatAsUsageError() {
        CliRun export = CliRun.of("export", "--data", data, "--format", "csv");

        assertThat(export.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(export.out()).isEmpty();
        assertThat(export.err().lines()).hasSize(1);
        assertThat(export.err())
                .startsWith("registry export: Invalid value for option '--format'")
                .contains("'csv'")
                .contains("ttl, nt, jsonld, rdfxml");
    }

    @Test
    void rejectsOutputInMissingFolderLeavingNoFile() {
        Path output = temp.resolve("missing/registry.ttl");

        CliRun export = CliRun.of("export", "--data", data, "--output", output);

        assertThat(export.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(export.err()).contains(temp.resolve("missing") + ": no such folder");
        assertThat(output.getParent()).doesNotExist();
    }

    @Test
    void rejectsOutputThatIsAFolder() {
        CliRun export = CliRun.of("export", "--data", data, "--output", temp);

        assertThat(export.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(export.err()).contains(temp + ": is a folder, not a file");
    }

    @Test
    void refusesToExportFromAFolderThatIsNoRegistry() {
        Path missing = temp.resolve("nowhere");

        CliRun export = CliRun.of("export", "--data", missing);

        assertThat(export.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(export.err()).startsWith("registry export: No registry at " + missing);
        assertThat(missing).doesNotExist();
    }
}
