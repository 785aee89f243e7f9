package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir Path temp;

    @Test
    void startsTheServerWhenGivenNoArguments() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.launches()).containsExactly(List.of());
    }

    @Test
    void mapsDataAndPortToSpringProperties() {
        Path data = temp.resolve("data");

        CliRun run = CliRun.of("serve", "--data", data, "--port", "18080");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.launches())
                .containsExactly(
                        List.of("--registry.data=" + data.toAbsolutePath(), "--server.port=18080"));
    }

    @Test
    void acceptsDataBeforeTheCommand() {
        Path data = temp.resolve("data");

        CliRun run = CliRun.of("--data", data, "serve", "-p", "0");

        assertThat(run.launches())
                .containsExactly(
                        List.of("--registry.data=" + data.toAbsolutePath(), "--server.port=0"));
    }

    @Test
    void leavesUnsetOptionsToTheServerConfiguration() {
        CliRun run = CliRun.of("serve");

        assertThat(run.launches()).containsExactly(List.of());
    }

    @Test
    void rejectsPortOutOfRangeWithoutStarting() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("registry serve: Invalid value for option '--port'");
        assertThat(run.launches()).isEmpty();
    }

    @Test
    void reportsServerThatCannotStartInOneLine() {
        CliRun run =
                CliRun.withLauncher(
                        springArgs -> {
                            throw new IllegalStateException("Port 18080 is already in use");
                        },
                        "serve",
                        "--port",
                        "18080");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).isEqualTo("registry serve: Port 18080 is already in use\n");
    }

    @Test
    void passesServerPropertiesAfterItsOwnOptionsToSpring() {
        CliRun run =
                CliRun.of(
                        "serve",
                        "--port",
                        "0",
                        "--registry.sparql.timeout=10s",
                        "--registry.security.read-requires-login=true");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.launches())
                .containsExactly(
                        List.of(
                                "--server.port=0",
                                "--registry.sparql.timeout=10s",
                                "--registry.security.read-requires-login=true"));
    }

    @Test
    void passesServerPropertiesGivenBeforeItsOwnOptions() {
        CliRun run = CliRun.of("serve", "--registry.base-iri=https://d.example/id/", "-p", "0");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.launches())
                .containsExactly(
                        List.of("--server.port=0", "--registry.base-iri=https://d.example/id/"));
    }

    @Test
    void refusesAnArgumentThatIsNotAPropertyWithoutStarting() {
        CliRun run = CliRun.of("serve", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .startsWith("registry serve: Unknown option or argument '--verbose'")
                .contains("--name=value");
        assertThat(run.launches()).isEmpty();
    }

    @Test
    void refusesAPositionalArgumentWithoutStarting() {
        CliRun run = CliRun.of("serve", "data");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.launches()).isEmpty();
    }
}
