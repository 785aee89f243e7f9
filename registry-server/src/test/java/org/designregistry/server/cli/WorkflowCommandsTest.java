package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code registry recommend} and {@code registry decide} on the MHHS sample: the workflow's steps
 * from the command line, each recorded as a change by {@code cli:<user>}, and refused with nothing
 * changed when the workflow says no.
 */
class WorkflowCommandsTest {

    private static final String WHO = "cli:" + System.getProperty("user.name");

    @TempDir Path temp;

    private Path data;

    @BeforeEach
    void loadSample() {
        data = temp.resolve("data");
        try (Registry registry = Registries.connect(data)) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        }
    }

    @Test
    void recommendsAndDecidesRecordingEachStepAsTheCommandLinesUser() {
        CliRun recommend = recommend("API001");
        String rec = recommendation(recommend);
        CliRun decide = CliRun.of("decide", "--data", data, rec, "accept", "--rationale", "Ready");
        DocumentContext changes =
                JsonPath.parse(
                        CliRun.of("changes", "--data", data, "--format", "json", "--limit", "2")
                                .out());

        assertThat(recommend.exitCode()).as(recommend.toString()).isZero();
        assertThat(recommend.out()).contains("Recommended API001 to the DAG as " + rec);
        assertThat(decide.exitCode()).as(decide.toString()).isZero();
        assertThat(decide.out()).contains("on " + rec + ": (i) Accept; API001 Approved");
        assertThat(changes.read("$.items[*].principal", List.class)).containsOnly(WHO);
        assertThat(changes.read("$.items[*].route", List.class)).containsOnly("cli");
        assertThat(changes.read("$.items[0].message", String.class))
                .startsWith("Record the decision (accept)");
        assertThat(changes.read("$.items[1].message", String.class)).startsWith("Recommend");
    }

    @Test
    void refusesADecisionOnSubjectsChangedSinceTheRecommendationUntilAcknowledged()
            throws Exception {
        String rec = recommendation(recommend("API001"));
        Path edit = temp.resolve("edit.ttl");
        Files.writeString(
                edit,
                "<https://registry.mhhs.example/id/artefact/API001>"
                        + " <http://purl.org/dc/terms/description> \"Changed after\" .\n");
        assertThat(CliRun.of("load", "--data", data, edit).exitCode()).isZero();
        long before = latest();

        CliRun refused = CliRun.of("decide", "--data", data, rec, "accept");
        long afterRefusal = latest();
        CliRun acknowledged =
                CliRun.of("decide", "--data", data, rec, "accept", "--acknowledge-changes");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(refused.err()).contains("API001 (change", "acknowledgeChanges");
        assertThat(afterRefusal).isEqualTo(before);
        assertThat(acknowledged.exitCode()).as(acknowledged.toString()).isZero();
        assertThat(acknowledged.out()).contains("API001 Approved");
    }

    @Test
    void refusesAnUnknownOutcomeOrAReferralWithoutItsReasonAsUsageErrors() {
        String rec = recommendation(recommend("API001"));
        long before = latest();

        CliRun unknown = CliRun.of("decide", "--data", data, rec, "maybe");
        CliRun noReason = CliRun.of("decide", "--data", data, rec, "refer-for-work");
        CliRun noSubject =
                CliRun.of(
                        "recommend",
                        "--data",
                        data,
                        "NOPE-1",
                        "--to",
                        "DAG",
                        "--summary",
                        "s",
                        "--proposal",
                        "p");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("accept", "refer-to-psg");
        assertThat(noReason.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noReason.err()).contains("rationale");
        assertThat(noSubject.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(noSubject.err()).contains("NOPE-1");
        assertThat(latest()).isEqualTo(before);
    }

    private CliRun recommend(String subject) {
        return CliRun.of(
                "recommend",
                "--data",
                data,
                subject,
                "--to",
                "DAG",
                "--summary",
                "Ready for approval",
                "--proposal",
                "Approve it");
    }

    private static String recommendation(CliRun recommend) {
        assertThat(recommend.exitCode()).as(recommend.toString()).isZero();
        return recommend.out().replaceAll("(?s).* as (REC-[0-9]+) .*", "$1");
    }

    private long latest() {
        DocumentContext changes =
                JsonPath.parse(
                        CliRun.of("changes", "--data", data, "--format", "json", "--limit", "1")
                                .out());
        return changes.read("$.items[0].number", Long.class);
    }
}
