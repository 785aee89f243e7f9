package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.changerequest.ChangeRequestSettings;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.model.impact.ImpactAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code registry cr pack} on the MHHS sample, whose worked change request CR004 is triaged. */
class ChangeRequestCommandTest {

    @TempDir static Path temp;

    private static Path data;

    @BeforeAll
    static void loadSample() {
        data = temp.resolve("data");
        try (Registry registry = Registries.connect(data)) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            ChangeRequests.of(
                            registry,
                            ImpactAnalysis.of(registry),
                            BaselineCommand.DEFAULT_BASE_IRI,
                            ChangeRequestSettings.DEFAULTS)
                    .reassess("CR004");
        }
    }

    @Test
    void printsThePackAsMarkdown() {
        CliRun md = CliRun.of("cr", "pack", "CR004", "--data", data);

        assertThat(md.exitCode()).as(md.toString()).isZero();
        assertThat(md.out())
                .startsWith("# Impact assessment pack: CR004 Add a read quality indicator")
                .contains("| Triage | 4 of ")
                .contains("| Deadline | 2022-02-15 |")
                .contains("## Decisions to revisit");
    }

    @Test
    void writesThePackAsAWorkbook() throws IOException {
        Path file = temp.resolve("CR004.xlsx");

        CliRun xlsx =
                CliRun.of("cr", "pack", "CR004", "--format", "xlsx", "-o", file, "--data", data);

        assertThat(xlsx.exitCode()).as(xlsx.toString()).isZero();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Items").getLastRowNum()).isGreaterThan(4);
            assertThat(workbook.getSheet("Pack").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("CR004");
        }
    }

    @Test
    void refusesAWorkbookWithoutAFileAnUnknownFormatAndAnUnknownChangeRequest() {
        CliRun noFile = CliRun.of("cr", "pack", "CR004", "--format", "xlsx", "--data", data);
        CliRun pdf = CliRun.of("cr", "pack", "CR004", "--format", "pdf", "--data", data);
        CliRun missing = CliRun.of("cr", "pack", "CR999", "--data", data);

        assertThat(noFile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err()).contains("--output");
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(pdf.err()).contains("md or xlsx");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("CR999");
    }
}
