package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baseline create}, {@code list}, {@code export}, {@code diff} and {@code delete}. */
class BaselineCommandsTest {

    private static final String WHO = "cli:" + System.getProperty("user.name");

    @TempDir Path temp;

    private Path data;

    @BeforeEach
    void loadAndFreeze() {
        data = temp.resolve("data");
        CliRun load = CliRun.of("load", "--data", data, fixture("conforming.ttl"));
        CliRun create =
                CliRun.of(
                        "baseline",
                        "create",
                        "--data",
                        data,
                        "Design Baseline 1",
                        "--description",
                        "The first");
        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(create.exitCode()).as(create.toString()).isZero();
        assertThat(create.out()).contains("Froze baseline Design-Baseline-1 at change 1");
    }

    @Test
    void listsExportsAndComparesABaselineAfterALaterLoad() throws IOException {
        CliRun later =
                CliRun.of("load", "--data", data, "--message", "Add data", fixture("extra.nt"));
        CliRun list = CliRun.of("baseline", "list", "--data", data);
        Path file = temp.resolve("db1.nt");
        CliRun export =
                CliRun.of(
                        "baseline",
                        "export",
                        "--data",
                        data,
                        "Design-Baseline-1",
                        "-f",
                        "nt",
                        "-o",
                        file);
        CliRun diff =
                CliRun.of(
                        "baseline",
                        "diff",
                        "--data",
                        data,
                        "Design Baseline 1",
                        "--format",
                        "json");
        CliRun md = CliRun.of("baseline", "diff", "--data", data, "Design-Baseline-1", "current");

        assertThat(later.exitCode()).as(later.toString()).isZero();
        assertThat(list.out())
                .contains("Design-Baseline-1")
                .contains(WHO)
                .contains("Design Baseline 1");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("registry.example")
                .doesNotContain("workstream-data");
        assertThat(diff.exitCode()).as(diff.toString()).isZero();
        DocumentContext json = JsonPath.parse(diff.out());
        assertThat(json.read("$.resources[0].iri", String.class))
                .isEqualTo("https://registry.example/id/workstream-data");
        assertThat(json.read("$.resources[0].status", String.class)).isEqualTo("ADDED");
        assertThat(json.read("$.changes[0].principal", String.class)).isEqualTo(WHO);
        assertThat(md.out()).contains("1 added, 0 removed, 0 changed").contains("| Add data |");
    }

    @Test
    void refusesALoadThatChangesAFrozenBaselineAndDeletesOneAsAChange() throws IOException {
        Path edit = temp.resolve("edit.ttl");
        Files.writeString(
                edit,
                "<https://registry.mhhs.example/id/baseline/Design-Baseline-1>"
                        + " <http://www.w3.org/2000/01/rdf-schema#comment> \"edited\" .");

        CliRun refused = CliRun.of("load", "--data", data, edit);
        CliRun deleted =
                CliRun.of(
                        "baseline",
                        "delete",
                        "--data",
                        data,
                        "Design-Baseline-1",
                        "--reason",
                        "superseded");
        CliRun changes = CliRun.of("changes", "--data", data, "--limit", "1", "--format", "json");
        CliRun missing = CliRun.of("baseline", "export", "--data", data, "Design-Baseline-1");

        assertThat(refused.exitCode()).as(refused.toString()).isNotZero();
        assertThat(refused.err()).contains("A frozen baseline cannot change");
        assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
        assertThat(JsonPath.parse(changes.out()).read("$.items[0].message", String.class))
                .isEqualTo("Delete baseline Design-Baseline-1: superseded");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("No baseline is named 'Design-Baseline-1'");
    }
}
