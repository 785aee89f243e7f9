package org.designregistry.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-process run of the {@code registry} command line, with its exit code and captured output,
 * and the Spring arguments of any server it started.
 */
record CliRun(int exitCode, String out, byte[] rawOut, String err, List<List<String>> launches) {

    /** Runs {@code registry} with the given arguments; {@code serve} only records its launch. */
    static CliRun of(Object... args) {
        return withLauncher(null, args);
    }

    /**
     * Runs {@code registry} with the given arguments and a launcher that {@code serve} calls after
     * recording its arguments.
     */
    static CliRun withLauncher(ServerLauncher launcher, Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<List<String>> launches = new ArrayList<>();
        RegistryCli cli =
                new RegistryCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        springArgs -> {
                            launches.add(List.of(springArgs));
                            if (launcher != null) {
                                launcher.launch(springArgs);
                            }
                        });
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        int exitCode = cli.execute(strings);
        return new CliRun(
                exitCode,
                out.toString(StandardCharsets.UTF_8),
                out.toByteArray(),
                err.toString(StandardCharsets.UTF_8),
                launches);
    }

    /** Returns the path of a test resource under {@code cli/}. */
    static Path fixture(String name) {
        try {
            return Path.of(CliRun.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No test resource cli/" + name, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
