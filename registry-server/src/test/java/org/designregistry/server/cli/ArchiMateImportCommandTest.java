package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiMateImportCommandTest {

    @TempDir Path temp;

    @Test
    void importsAnArchiMateModelThenPreviewsItAgainAsUnchangedAndExportsIt() throws IOException {
        Path data = temp.resolve("data");
        Path model = copyModel();
        Path exported = temp.resolve("export.xml");

        CliRun first = CliRun.of("import", "--data", data, model);
        CliRun again = CliRun.of("import", "--data", data, "--dry-run", model);
        CliRun export =
                CliRun.of(
                        "export",
                        "--data",
                        data,
                        "--format",
                        "archimate",
                        "--type",
                        "BusinessProcess,BusinessRole",
                        "-o",
                        exported);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out())
                .contains("switching-model.xml (archimate): 62 rows: 62 created, 0 updated")
                .contains("created process:id-BusinessProcess");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("0 created, 0 updated, 62 unchanged, 0 removed");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.readString(exported))
                .contains("xsi:type=\"BusinessProcess\"")
                .contains("xsi:type=\"Assignment\"")
                .doesNotContain("xsi:type=\"Goal\"");
    }

    @Test
    void refusesAHostileFileNamingItAndStoresNothing() throws IOException {
        Path data = temp.resolve("data");
        Path hostile = temp.resolve("hostile.xml");
        Files.writeString(
                hostile,
                "<?xml version=\"1.0\"?><!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""
                        + " identifier=\"m\"><name>&x;</name></model>",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("import", "--data", data, hostile);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(run.err())
                .startsWith("registry import: ")
                .contains("hostile.xml")
                .contains("DTD");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesAMappingForAnArchiMateFile() throws IOException {
        CliRun run =
                CliRun.of(
                        "import",
                        "--data",
                        temp.resolve("data"),
                        "--mapping",
                        "interfaces",
                        copyModel());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(run.err()).contains("is an ArchiMate exchange file");
    }

    private Path copyModel() throws IOException {
        Path model = temp.resolve("switching-model.xml");
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("imports/switching-model.xml")) {
            Files.copy(in, model);
        }
        return model;
    }
}
