package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --message}, {@code changes}, {@code history}, {@code revert}, export as of. */
class HistoryCommandsTest {

    private static final String WHO = "cli:" + System.getProperty("user.name");

    @TempDir Path temp;

    private Path data;

    @BeforeEach
    void loadTwice() {
        data = temp.resolve("data");
        CliRun first =
                CliRun.of(
                        "load",
                        "--data",
                        data,
                        "--message",
                        "The design workstream",
                        "--change-request",
                        "CR-9",
                        fixture("conforming.ttl"));
        CliRun second = CliRun.of("load", "--data", data, fixture("extra.nt"));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
    }

    @Test
    void recordsEachLoadWithTheUserTheRouteAndTheMessage() {
        CliRun changes = CliRun.of("changes", "--data", data, "--format", "json");

        assertThat(changes.exitCode()).as(changes.toString()).isZero();
        DocumentContext json = JsonPath.parse(changes.out());
        assertThat(json.read("$.items[*].number", List.class)).containsExactly(2, 1);
        assertThat(json.read("$.items[1].principal", String.class)).isEqualTo(WHO);
        assertThat(json.read("$.items[1].route", String.class)).isEqualTo("cli-load");
        assertThat(json.read("$.items[1].message", String.class))
                .isEqualTo("The design workstream");
        assertThat(json.read("$.items[1].changeRequest", String.class)).isEqualTo("CR-9");
    }

    @Test
    void printsChangesAsCsvAndMarkdownWithFilters() {
        CliRun csv = CliRun.of("changes", "--data", data, "--format", "csv");
        CliRun md = CliRun.of("changes", "--data", data, "--since", "2");

        String[] lines = csv.out().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("number,time,principal,route,message,changeRequest,touched");
        assertThat(csv.out().split("\r\n")[1]).startsWith("2,");
        assertThat(md.out()).contains("\n| 2 | ").doesNotContain("\n| 1 | ");
    }

    @Test
    void refusesAnUnknownFormat() {
        CliRun changes = CliRun.of("changes", "--data", data, "--format", "xml");

        assertThat(changes.exitCode()).isNotZero();
        assertThat(changes.err()).contains("md, csv, json");
    }

    @Test
    void printsAResourcesHistoryAsDifferences() {
        CliRun history = CliRun.of("history", "--data", data, "BP001");

        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out())
                .contains("# History of https://registry.example/id/process-BP001")
                .contains("## Change 1:")
                .contains("The design workstream")
                .contains("- label: added Register a meter");
    }

    @Test
    void revertsAChangeAndRefusesAConflictingRevert() {
        CliRun revert = CliRun.of("revert", "--data", data, "2", "--message", "Not needed");
        CliRun again = CliRun.of("revert", "--data", data, "2");
        CliRun first = CliRun.of("revert", "--data", data, "1");

        assertThat(revert.exitCode()).as(revert.toString()).isZero();
        assertThat(revert.out()).startsWith("Reverted change 2 as change 3");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("(3)");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        CliRun export = CliRun.of("export", "--data", data, "--format", "nt");
        assertThat(RdfGraphs.parse(export.rawOut(), Lang.NTRIPLES).isEmpty()).isTrue();
    }

    @Test
    void exportsTheRegistryAsItWasAfterAChange() {
        Model afterFirst = RDFDataMgr.loadModel(fixture("conforming.ttl").toString());

        CliRun export = CliRun.of("export", "--data", data, "--as-of", "1", "--format", "nt");
        CliRun before = CliRun.of("export", "--data", data, "--as-of", "0", "--format", "nt");
        CliRun future = CliRun.of("export", "--data", data, "--as-of", "7");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        RdfGraphs.assertIsomorphic(RdfGraphs.parse(export.rawOut(), Lang.NTRIPLES), afterFirst);
        assertThat(RdfGraphs.parse(before.rawOut(), Lang.NTRIPLES).isEmpty()).isTrue();
        assertThat(future.exitCode()).isNotZero();
        assertThat(future.err()).contains("No change 7");
    }
}
