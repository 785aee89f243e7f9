package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code registry impact}, {@code trace}, {@code gaps} and {@code generate} on the MHHS sample. */
class ImpactCommandTest {

    @TempDir static Path temp;

    private static Path data;

    @BeforeAll
    static void loadSample() {
        data = temp.resolve("data");
        try (Registry registry = Registries.connect(data)) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        }
    }

    @Test
    void printsAMarkdownReportByDefault() {
        CliRun run = CliRun.of("impact", "DI-037", "--data", data);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out())
                .startsWith("# Impact of a change to DI-037")
                .contains("## Who to involve");
    }

    @Test
    void printsCsvAndJson() {
        CliRun csv =
                CliRun.of("impact", "DI-037", "--depth", "1", "--format", "csv", "--data", data);
        CliRun json =
                CliRun.of(
                        "impact",
                        "DI-037",
                        "--direction",
                        "downstream",
                        "--format",
                        "json",
                        "--data",
                        data);

        assertThat(csv.exitCode()).as(csv.toString()).isZero();
        // A header block of comment lines (what, when, data version, who), then the table.
        assertThat(csv.out()).startsWith("# Change to: DI-037").contains("# By: cli:");
        assertThat(csv.out().lines().dropWhile(l -> l.startsWith("#")).skip(1))
                .allSatisfy(l -> assertThat(l).startsWith("1,downstream,"));
        assertThat(csv.out().lines().filter(l -> l.startsWith("1,downstream,IF-"))).hasSize(26);
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(JsonPath.parse(json.out()).read("$.starts[0].identifier", String.class))
                .isEqualTo("DI-037");
    }

    @Test
    void startsFromTheHitsOfASearch() {
        CliRun run =
                CliRun.of(
                        "impact",
                        "--query",
                        "GSP group",
                        "--query-limit",
                        "3",
                        "--format",
                        "json",
                        "--data",
                        data);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        var json = JsonPath.parse(run.out());
        assertThat(json.read("$.search.hits.length()", Integer.class)).isEqualTo(3);
        assertThat(json.read("$.search.hits[0].identifier", String.class)).isEqualTo("DI-037");
        assertThat(json.read("$.hits[*].identifier", java.util.List.class)).contains("IF-065");
    }

    @Test
    void refusesNoStartAndNoQueryAsAUsageError() {
        CliRun run = CliRun.of("impact", "--data", data);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--query").doesNotContain("Exception");
    }

    @Test
    void refusesAnUnknownStartAsAUsageError() {
        CliRun run = CliRun.of("impact", "DI-999", "--data", data);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().findFirst())
                .hasValueSatisfying(
                        l ->
                                assertThat(l)
                                        .startsWith("registry impact: Unknown resource 'DI-999'"));
    }

    @Test
    void printsATraceMatrixAndTheGaps() {
        CliRun trace =
                CliRun.of(
                        "trace",
                        "--rows",
                        "Requirement",
                        "--cols",
                        "BusinessProcess",
                        "--data",
                        data);
        CliRun gaps = CliRun.of("gaps", "--data", data);

        assertThat(trace.exitCode()).as(trace.toString()).isZero();
        assertThat(trace.out())
                .startsWith("# Traceability: requirement x process")
                .contains("BRS003-030");
        assertThat(gaps.exitCode()).as(gaps.toString()).isZero();
        assertThat(gaps.out())
                .contains("# Coverage gaps")
                .contains("- BRS003-030")
                .contains("## Approved design artefacts that depend on artefacts not approved")
                .contains("## Events that trigger no interface")
                .containsPattern("- DES140 .*\\(owned by ");
    }

    @Test
    void generatesASyntheticRegistryToLoad() throws Exception {
        Path out = temp.resolve("synthetic.nt");

        CliRun run = CliRun.of("generate", "--scale", "2", "--seed", "5", "--output", out);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Wrote ").contains("scale 2, seed 5");
        try (Registry registry = Registries.createInMemory()) {
            registry.load(java.util.List.of(out));
            assertThat(registry.stats().count("https://w3id.org/design-registry#BusinessProcess"))
                    .isEqualTo(240);
        }
    }
}
