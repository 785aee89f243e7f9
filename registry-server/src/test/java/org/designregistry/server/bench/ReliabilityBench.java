package org.designregistry.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability benchmark: runs the packaged jar as a server process, as users run it, and puts
 * it through kill -9 trials ({@link KillTrials}), concurrent load ({@link ConcurrentLoad}) and
 * hostile inputs ({@link HostileInputs}), each on a server of its own with a new data folder (so
 * the MHHS sample, 1x). Not a test: it runs only in the {@code bench} profile, against a jar built
 * before:
 *
 * <pre>
 * ./mvnw -B -ntp package -DskipTests -pl registry-server -am
 * ./mvnw -B -ntp -Pbench test -pl registry-server -am -Dtest=ReliabilityBench \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>It writes {@code target/bench/reliability.md} and prints it. Settings are system properties:
 * {@code bench.reliability} (the parts, {@code kill,load,hostile}), {@code bench.kill.*}, {@code
 * bench.load.*}, {@code bench.hostile.*} (see each part), {@code bench.server.heap} (the server's
 * {@code -Xmx}, {@code 1g}), {@code bench.server.options} (more server JVM options, space
 * separated, none), {@code bench.kill.minutes} (no trial starts after, 30) and {@code
 * bench.max-minutes} (no hostile input is sent after, 60); {@code registry.jar} names another jar.
 */
class ReliabilityBench {

    private static final String BUILD_JAR =
            "./mvnw -B -ntp package -DskipTests -pl registry-server -am";

    @TempDir Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.HOURS)
    void measure() throws Exception {
        Path jar = Path.of(System.getProperty("registry.jar", "target/registry-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No jar at " + jar.toAbsolutePath() + ": build it first with " + BUILD_JAR);
        }
        Set<String> parts =
                Arrays.stream(
                                System.getProperty("bench.reliability", "kill,load,hostile")
                                        .split(","))
                        .map(String::strip)
                        .collect(Collectors.toSet());
        String heap = System.getProperty("bench.server.heap", "1g");
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap));
        // Extra server JVM options, e.g. a flight recording to see where a request's time goes.
        String options = System.getProperty("bench.server.options", "").strip();
        if (!options.isEmpty()) {
            jvm.addAll(List.of(options.split("\\s+")));
        }
        Instant start = Instant.now();
        Instant killDeadline =
                start.plus(Duration.ofMinutes(Long.getLong("bench.kill.minutes", 30)));
        Instant deadline = start.plus(Duration.ofMinutes(Long.getLong("bench.max-minutes", 60)));
        StringBuilder report = new StringBuilder("# Reliability bench\n\n");
        report.append(Machine.describe())
                .append(" Server: ")
                .append(jar.getFileName())
                .append(" with -Xmx")
                .append(heap)
                .append(", on 127.0.0.1 beside the bench. Load average at the start: ")
                .append(Machine.loadAverage())
                .append(".\n");
        List<String> stopped = new ArrayList<>();
        if (parts.contains("kill")) {
            report.append("\n## Kill -9 trials\n\n");
            part(
                    report,
                    stopped,
                    "kill",
                    jvm,
                    jar,
                    server ->
                            KillTrials.fromSystemProperties()
                                    .run(
                                            server,
                                            BenchHttp.withTimeout(Duration.ofSeconds(60)),
                                            killDeadline));
        }
        if (parts.contains("load")) {
            report.append("\n## Concurrent load\n\n");
            part(
                    report,
                    stopped,
                    "load",
                    jvm,
                    jar,
                    server -> {
                        server.start();
                        return ConcurrentLoad.fromSystemProperties()
                                .run(server, BenchHttp.withTimeout(Duration.ofSeconds(60)));
                    });
        }
        if (parts.contains("hostile")) {
            report.append("\n## Hostile inputs\n\n");
            part(
                    report,
                    stopped,
                    "hostile",
                    jvm,
                    jar,
                    server -> HostileInputs.fromSystemProperties().run(server, deadline));
        }
        report.append(
                String.format(
                        Locale.ROOT,
                        "%nRun took %.1f minutes; load average at the end: %s.%n",
                        Duration.between(start, Instant.now()).toSeconds() / 60.0,
                        Machine.loadAverage()));
        Path out = Path.of("target", "bench", "reliability.md");
        Files.createDirectories(out.getParent());
        keepLogs(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
        if (!stopped.isEmpty()) {
            throw new AssertionError(
                    "Parts that stopped before their end: " + stopped + ", see " + out);
        }
    }

    /** A part of the bench, run on a server of its own; returns its report. */
    @FunctionalInterface
    private interface Part {
        String run(JarServer server) throws Exception;
    }

    /**
     * Runs a part and appends its report; a part that stops with an exception gets the exception's
     * message in its place, and the other parts still run.
     */
    private void part(
            StringBuilder report,
            List<String> stopped,
            String name,
            List<String> jvm,
            Path jar,
            Part part)
            throws InterruptedException {
        try (JarServer server = JarServer.prepare(jar, dir.resolve(name), jvm)) {
            report.append(part.run(server));
        } catch (Exception e) {
            stopped.add(name);
            String message = String.valueOf(e.getMessage());
            report.append("**The part stopped before its end:** `")
                    .append(e.getClass().getSimpleName())
                    .append("`:\n\n```\n")
                    .append(message, 0, Math.min(message.length(), 3000))
                    .append("\n```\n");
        }
    }

    /** Keeps each server's output beside the report, since the data folders are deleted. */
    private void keepLogs(Path folder) throws java.io.IOException {
        for (String part : List.of("kill", "load", "hostile")) {
            Path log = dir.resolve(part).resolve("server.log");
            if (Files.exists(log)) {
                Files.copy(
                        log,
                        folder.resolve("reliability-" + part + "-server.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
