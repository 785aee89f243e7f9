package org.designregistry.server.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code registry} command line: parses arguments, runs one subcommand and returns its exit
 * code, without calling {@link System#exit}.
 *
 * <p>No arguments mean {@code serve}. Only {@code serve} starts the server (through the {@link
 * ServerLauncher}); {@code load}, {@code export}, {@code validate}, {@code stats} and {@code
 * reindex} open the store directly and close it before returning. Errors are reported as one line
 * on {@code err}, never as a stack trace. The exit codes are listed by {@code registry --help}.
 *
 * <pre>{@code
 * int code = new RegistryCli(System.out, System.err, launcher).execute("stats", "--data", "data");
 * }</pre>
 */
public final class RegistryCli {

    private final PrintStream out;
    private final PrintStream err;
    private final ServerLauncher launcher;
    private boolean serverStarted;

    /**
     * Creates a command line that writes to the given streams and starts the server with {@code
     * launcher}.
     */
    public RegistryCli(PrintStream out, PrintStream err, ServerLauncher launcher) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    /**
     * Runs the command given by {@code args} and returns its exit code; no arguments run {@code
     * serve}.
     */
    public int execute(String... args) {
        String[] effective = args.length == 0 ? new String[] {ServeCommand.NAME} : args;
        RegistryCommand root = new RegistryCommand(out, launcher);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler(ErrorReporter::usageError);
        commandLine.setExecutionExceptionHandler(ErrorReporter::executionError);
        commandLine.setExecutionStrategy(RegistryCli::run);
        try {
            return commandLine.execute(effective);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
            serverStarted |= root.serverStarted();
        }
    }

    /** Returns true once {@code serve} has started the server. */
    public boolean serverStarted() {
        return serverStarted;
    }

    private static int run(ParseResult parseResult) {
        // Store commands run without Spring, so nothing has configured logging: keep Jena's
        // logging to warnings on stderr, away from data written to stdout.
        if (!lastSubcommand(parseResult).equals(ServeCommand.NAME)) {
            CliLogging.warningsToStderr();
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static String lastSubcommand(ParseResult parseResult) {
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last.commandSpec().name();
    }
}
