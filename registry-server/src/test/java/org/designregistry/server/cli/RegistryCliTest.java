package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCliTest {

    @TempDir Path temp;

    @Test
    void printsHelpListingEveryCommandAndExitCode() {
        CliRun help = CliRun.of("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Usage: registry")
                .contains("load", "export", "validate", "stats", "reindex", "serve")
                .contains("--data=DIR")
                .contains("Exit codes:");
    }

    @Test
    void printsHelpOfASubcommand() {
        CliRun help = CliRun.of("export", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: registry export").contains("--format=FORMAT");
        assertThat(help.launches()).isEmpty();
    }

    @Test
    void printsVersion() {
        CliRun version = CliRun.of("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Design Registry ").contains("Apache Jena 5.");
    }

    @Test
    void rejectsUnknownCommandSuggestingTheNearestInOneLine() {
        CliRun run = CliRun.of("stat", "--data", temp);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("registry: ").contains("'stat'").contains("stats");
        assertThat(run.launches()).isEmpty();
    }

    @Test
    void rejectsUnknownOption() {
        CliRun run = CliRun.of("stats", "--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("registry stats: Unknown option: '--colour'");
    }

    @Test
    void requiresACommandWhenGivenOnlyOptions() {
        CliRun run = CliRun.of("--data", temp);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("registry: Missing command");
        assertThat(run.launches()).isEmpty();
    }

    @Test
    void knowsWhetherItStartedTheServer() {
        RegistryCli cli = new RegistryCli(quiet(), quiet(), springArgs -> {});

        cli.execute("--version");
        assertThat(cli.serverStarted()).isFalse();
        cli.execute("serve", "--port", "0");
        assertThat(cli.serverStarted()).isTrue();
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
