package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code registry decisions overdue} on the MHHS sample: DAG-2021-11-17-01 (meeting 17 November
 * 2021) is due on 1 December 2021.
 */
class DecisionsCommandTest {

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
    void listsTheOverdueAndTheDueSoonAsMarkdown() {
        CliRun soon = CliRun.of("decisions", "overdue", "--on", "2021-11-29", "--data", data);
        CliRun late = CliRun.of("decisions", "overdue", "--on", "2021-12-02", "--data", data);

        assertThat(soon.exitCode()).as(soon.toString()).isZero();
        assertThat(soon.out())
                .startsWith("# Decisions due for publication on 2021-11-29")
                .contains("## Due soon (");
        assertThat(section(soon.out(), "## Due soon")).contains("DAG-2021-11-17-01");
        assertThat(section(late.out(), "## Overdue")).contains("DAG-2021-11-17-01");
    }

    @Test
    void writesEveryDecisionAsCsvOrJson() {
        CliRun csv =
                CliRun.of(
                        "decisions", "overdue", "--on", "2021-11-24", "-f", "csv", "--data", data);
        CliRun json =
                CliRun.of(
                        "decisions", "overdue", "--on", "2021-11-24", "-f", "json", "--data", data);

        assertThat(csv.out().lines().filter(l -> l.startsWith("DAG-2021-11-17-01,")))
                .singleElement()
                .asString()
                .contains("2021-12-01", "pending");
        List<String> status =
                JsonPath.parse(json.out())
                        .read(
                                "$.decisions[?(@.decision.identifier =="
                                        + " 'DAG-2021-11-17-01')].status");
        assertThat(status).containsExactly("pending");
    }

    @Test
    void countsAnOperatorsExtraHolidayAndAMoreGenerousRule() throws Exception {
        Path holidays = temp.resolve("holidays.csv");
        Files.writeString(holidays, "date,title\n2021-11-30,St Andrew's Day (illustrative)\n");
        CliRun run =
                CliRun.of(
                        "decisions",
                        "overdue",
                        "--on",
                        "2021-11-24",
                        "-f",
                        "csv",
                        "--working-days",
                        "11",
                        "--bank-holidays",
                        holidays,
                        "--data",
                        data);

        assertThat(run.out().lines().filter(l -> l.startsWith("DAG-2021-11-17-01,")))
                .singleElement()
                .asString()
                .contains("2021-12-03");
    }

    @Test
    void refusesADayItCannotReadWithUsageExitCode() {
        CliRun run = CliRun.of("decisions", "overdue", "--on", "tomorrow", "--data", data);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a date like 2026-12-31");
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        int end = markdown.indexOf("\n## ", start + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
