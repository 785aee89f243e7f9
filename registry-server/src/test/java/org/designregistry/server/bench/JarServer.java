package org.designregistry.server.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar running as a server process on 127.0.0.1, as a user runs it: {@code java -jar
 * registry-server.jar serve --data DIR --port 0}, with an {@code application.properties} in its
 * working folder that configures the bench's users. It can be killed with SIGKILL and started again
 * on the same data folder. The process's output goes to {@code server.log} in the working folder,
 * where the ready line is read from.
 */
final class JarServer implements AutoCloseable {

    private static final Pattern READY =
            Pattern.compile("Design Registry ready at http://localhost:(\\d+)/ \\(store ");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Path jar;
    private final Path home;
    private final List<String> jvmOptions;
    private final BenchUsers users;
    private final Path log;
    private Process process;
    private URI base;
    private int generation;
    private final Thread reaper = new Thread(this::destroyForcibly, "kill-bench-server");

    private JarServer(Path jar, Path home, List<String> jvmOptions, BenchUsers users) {
        this.jar = jar;
        this.home = home;
        this.jvmOptions = jvmOptions;
        this.users = users;
        this.log = home.resolve("server.log");
        // If the bench's JVM is stopped, the server must not outlive it.
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Prepares a server in {@code home}: its users configured, bound to 127.0.0.1, data in {@code
     * home/data}. Nothing runs until {@link #start()}.
     *
     * @param jvmOptions options for the server's JVM, such as {@code -Xmx1g}
     */
    static JarServer prepare(Path jar, Path home, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        BenchUsers users = BenchUsers.create(jar, home);
        List<String> properties = new ArrayList<>(users.properties());
        properties.add("server.address=127.0.0.1");
        Files.write(home.resolve("application.properties"), properties);
        return new JarServer(jar, home, List.copyOf(jvmOptions), users);
    }

    /** Returns the command line that runs {@code jar} with JVM options and arguments. */
    static List<String> java(Path jar, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(args);
        return command;
    }

    /**
     * Starts the server and returns once it has logged that it is ready, with the time that took.
     *
     * @throws IllegalStateException if it stops or is not ready within three minutes
     */
    Duration start() throws IOException, InterruptedException {
        if (running()) {
            throw new IllegalStateException("The server is already running");
        }
        long offset = Files.exists(log) ? Files.size(log) : 0;
        long started = System.nanoTime();
        process =
                new ProcessBuilder(
                                java(
                                        jar,
                                        jvmOptions,
                                        List.of(
                                                "serve",
                                                "--data",
                                                data().toString(),
                                                "--port",
                                                "0")))
                        .directory(home.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        process.getOutputStream().close();
        long deadline = started + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(logSince(offset));
            if (ready.find()) {
                base = URI.create("http://127.0.0.1:" + ready.group(1));
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The server stopped with exit code "
                                + process.exitValue()
                                + ":\n"
                                + logSince(offset));
            }
            Thread.sleep(100);
        }
        destroyForcibly();
        throw new IllegalStateException("The server was not ready in " + START_LIMIT);
    }

    /** Kills the server with SIGKILL ({@code kill -9}) and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server survived SIGKILL for a minute");
        }
    }

    /** Stops the server as an operator does (SIGTERM), killing it after a minute. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Returns whether the server process is alive. */
    boolean running() {
        return process != null && process.isAlive();
    }

    /** Returns the address of {@code pathAndQuery} on the server, such as {@code /sparql}. */
    URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    /** Asks {@code /actuator/health}; a healthy server answers 200. */
    BenchHttp.Reply health(BenchHttp http) {
        return http.send(BenchHttp.request(uri("/actuator/health")));
    }

    /** Returns the users the server knows. */
    BenchUsers users() {
        return users;
    }

    /** Returns the server's data folder. */
    Path data() {
        return home.resolve(generation == 0 ? "data" : "data-" + generation);
    }

    /**
     * Moves the stopped server to a new, empty data folder (so its next start loads the sample),
     * leaving the old one as it is: for when the old one no longer lets it start.
     */
    void useNewData() {
        if (running()) {
            throw new IllegalStateException("Stop the server first");
        }
        generation++;
    }

    /** Returns the file the server's output goes to. */
    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        Runtime.getRuntime().removeShutdownHook(reaper);
    }

    private void destroyForcibly() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private String logSince(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
