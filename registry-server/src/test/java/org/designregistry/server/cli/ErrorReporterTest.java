package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReporterTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandLine export;

    @BeforeEach
    void commandLine() {
        CommandLine registry =
                new CommandLine(
                        new RegistryCommand(
                                new PrintStream(OutputStream.nullOutputStream()), args -> {}));
        registry.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        export = registry.getSubcommands().get("export");
    }

    @Test
    void reportsRegistryErrorsFoundAmongCausesAsDataErrors() {
        Exception e =
                new IllegalStateException(
                        "Error creating bean", new RegistryException("store is locked"));

        int exitCode = ErrorReporter.executionError(e, export, null);

        assertThat(exitCode).isEqualTo(ExitCodes.DATA);
        assertThat(err()).isEqualTo("registry export: store is locked\n");
    }

    @Test
    void reportsTheCommandsOwnFileErrorsAsDataErrorsNamingTheFile() {
        Exception e = new UncheckedIOException(new NoSuchFileException("/x/out.ttl"));

        int exitCode = ErrorReporter.executionError(e, export, null);

        assertThat(exitCode).isEqualTo(ExitCodes.DATA);
        assertThat(err()).isEqualTo("registry export: /x/out.ttl: no such file or folder\n");
    }

    @Test
    void reportsOtherFailuresWithTheirMessageAndTheRootCause() {
        Exception e =
                new IllegalStateException(
                        "Failed to start bean 'webServerStartStop'",
                        new IllegalStateException(
                                "Port 18080 is already in use",
                                new BindException("Address already in use")));

        int exitCode = ErrorReporter.executionError(e, export, null);

        assertThat(exitCode).isEqualTo(ExitCodes.FAILURE);
        assertThat(err())
                .isEqualTo(
                        "registry export: Failed to start bean 'webServerStartStop': Address"
                                + " already in use\n");
    }

    @Test
    void namesTheExceptionWhenItHasNoMessage() {
        int exitCode = ErrorReporter.executionError(new NullPointerException(), export, null);

        assertThat(exitCode).isEqualTo(ExitCodes.FAILURE);
        assertThat(err()).isEqualTo("registry export: NullPointerException\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
