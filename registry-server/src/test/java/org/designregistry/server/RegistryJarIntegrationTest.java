package org.designregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a process, as a user would; failsafe runs it after the package phase.
 */
class RegistryJarIntegrationTest {

    /**
     * Threads that read the processes' output. Not the common pool: on two cores it has one thread,
     * and a reader blocked on one stream would starve the others.
     */
    private static final ExecutorService STREAMS =
            Executors.newCachedThreadPool(
                    runnable -> {
                        Thread thread = new Thread(runnable, "process-output");
                        thread.setDaemon(true);
                        return thread;
                    });

    private static final Pattern READY =
            Pattern.compile(
                    "Design Registry ready at http://localhost:(\\d+)/ \\(store (.+), ([\\d,]+) triples\\)");

    @TempDir Path temp;

    @Test
    void printsVersionWithoutStartingSpring() throws Exception {
        Result version = run("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Design Registry ").contains("Apache Jena");
        assertThat(version.err()).isEmpty();
    }

    @Test
    void reportsAMissingStoreInOneLineWithoutAStackTrace() throws Exception {
        Path missing = temp.resolve("missing");

        Result stats = run("--data", missing.toString(), "stats");

        assertThat(stats.exitCode()).isEqualTo(3);
        assertThat(stats.out()).isEmpty();
        assertThat(stats.err().lines()).hasSize(1);
        assertThat(stats.err()).startsWith("registry stats: No registry at " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void loadsAndCountsWithoutStartingTheServer() throws Exception {
        Path data = temp.resolve("data");
        Path file =
                Files.writeString(
                        temp.resolve("one.ttl"),
                        "<https://registry.example/id/ws> a <https://w3id.org/design-registry#Workstream> ;"
                                + " <http://www.w3.org/2000/01/rdf-schema#label> \"Design\" .\n");

        Result load = run("load", "--data", data.toString(), file.toString());
        Result stats = run("stats", "--data", data.toString());

        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        assertThat(stats.out()).containsPattern("dr:Workstream\\s+1\\n");
        assertThat(load.err() + stats.err()).isEmpty();
        assertThat(load.out() + stats.out()).doesNotContain("Tomcat").doesNotContain("Spring");
    }

    @Test
    void servesHealthThenReleasesTheStoreForTheCommandLine() throws Exception {
        Path data = temp.resolve("data");
        Process server =
                new ProcessBuilder(command("serve", "--data", data.toString(), "--port", "0"))
                        .redirectErrorStream(true)
                        .start();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try {
            Matcher ready = awaitReady(server, log);
            assertThat(Path.of(ready.group(2))).isEqualTo(data.toAbsolutePath());
            HttpResponse<String> health =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            "http://localhost:"
                                                                    + ready.group(1)
                                                                    + "/actuator/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as(String.join("\n", log)).isTrue();
        }

        Result stats = run("stats", "--data", data.toString());
        Result validate = run("validate", "--data", data.toString());

        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        assertThat(stats.out()).containsPattern("dr:BusinessProcess\\s+120\\n");
        assertThat(validate.exitCode()).as(validate.toString()).isIn(0, 1);
        assertThat(validate.err()).isEmpty();
    }

    private Matcher awaitReady(Process server, List<String> log) throws Exception {
        // The reader stays open after the ready line: the same thread keeps draining the server's
        // output so that it never blocks on a full pipe.
        CompletableFuture<Matcher> ready = new CompletableFuture<>();
        STREAMS.execute(
                () -> {
                    BufferedReader lines =
                            new BufferedReader(
                                    new InputStreamReader(
                                            server.getInputStream(), StandardCharsets.UTF_8));
                    try (lines) {
                        for (String line = lines.readLine();
                                line != null;
                                line = lines.readLine()) {
                            log.add(line);
                            Matcher matcher = READY.matcher(line);
                            if (!ready.isDone() && matcher.find()) {
                                ready.complete(matcher);
                            }
                        }
                        ready.completeExceptionally(
                                new IllegalStateException("The server stopped: " + log));
                    } catch (IOException e) {
                        ready.completeExceptionally(e);
                    }
                });
        return ready.get(120, TimeUnit.SECONDS);
    }

    private static Result run(String... args) throws Exception {
        Process process = new ProcessBuilder(command(args)).start();
        CompletableFuture<String> out = read(process, false);
        CompletableFuture<String> err = read(process, true);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> read(Process process, boolean err) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return new String(
                                (err ? process.getErrorStream() : process.getInputStream())
                                        .readAllBytes(),
                                StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                },
                STREAMS);
    }

    private static List<String> command(String... args) {
        String jar = System.getProperty("registry.jar", "target/registry-server.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        return command;
    }

    private record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
