package org.designregistry.server.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.designregistry.server.bench.BenchHttp.Reply;
import org.designregistry.server.bench.HostileInput.Target;

/**
 * Sends each of the {@link HostileCatalogue hostile inputs} and checks, after each, that the reply
 * refused it, that {@code /actuator/health} answers 200 within half a minute, that the store holds
 * exactly what it held before (quad count and hash of its export), and that the server made no
 * connection to the listener the input pointed it at. A server left unhealthy is killed and started
 * again, so that each input is tried on a healthy one.
 */
final class HostileInputs {

    private static final Duration HEALTH_WAIT = Duration.ofSeconds(30);

    private final Duration timeout;

    /** Hostile inputs whose replies are awaited {@code bench.hostile.timeout-seconds} (90). */
    static HostileInputs fromSystemProperties() {
        return new HostileInputs(
                Duration.ofSeconds(Long.getLong("bench.hostile.timeout-seconds", 90)));
    }

    private HostileInputs(Duration timeout) {
        this.timeout = timeout;
    }

    /** Sends every input to {@code server}, sending none after {@code deadline}. */
    String run(JarServer server, Instant deadline) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        BenchHttp http = BenchHttp.withTimeout(timeout);
        BenchHttp checks = BenchHttp.withTimeout(Duration.ofSeconds(60));
        try (OutboundListener outbound = new OutboundListener()) {
            Target target = new Target(server, http, outbound);
            for (HostileInput input : HostileCatalogue.all()) {
                outcomes.add(
                        Instant.now().isBefore(deadline)
                                ? attempt(input, target, checks)
                                : Outcome.notRun(input));
            }
        }
        return report(outcomes);
    }

    private Outcome attempt(HostileInput input, Target target, BenchHttp checks) throws Exception {
        JarServer server = target.server();
        if (!server.running()) {
            server.start();
        }
        StoreState before = StoreState.of(server, checks);
        int connections = target.outbound().connections();
        long start = System.nanoTime();
        List<Reply> replies;
        String failure = null;
        try {
            replies = input.attack().send(target);
        } catch (Exception e) {
            replies = List.of();
            failure = e.getMessage();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean healthy = awaitHealth(server, checks);
        boolean unanswered = replies.stream().anyMatch(r -> r.status() == BenchHttp.NO_REPLY);
        String restarted = null;
        if (!healthy || unanswered) {
            // Killed and started again, so that the next input meets an idle, healthy server;
            // the store is compared after the restart, so a write that was still running counts
            // if it committed before the kill.
            restarted = healthy ? "a request was still running" : "it was not healthy";
            if (server.running()) {
                server.kill();
            }
            String newData = restart(server);
            restarted += newData;
            if (!newData.isEmpty()) {
                return new Outcome(
                        input,
                        replies,
                        failure,
                        took,
                        healthy,
                        restarted,
                        "unknown: the server could not open it again",
                        false,
                        target.outbound().connections() - connections);
            }
        }
        StoreState after = StoreState.of(server, checks);
        return new Outcome(
                input,
                replies,
                failure,
                took,
                healthy,
                restarted,
                after.changeFrom(before),
                before.known() && after.equals(before),
                target.outbound().connections() - connections);
    }

    /**
     * Starts the server again; if it cannot start on its data folder (the input broke it), says why
     * and starts it on a new one, so that the next inputs still meet a server.
     */
    private static String restart(JarServer server) throws Exception {
        try {
            server.start();
            return "";
        } catch (IllegalStateException e) {
            String why =
                    e.getMessage()
                            .lines()
                            .filter(line -> line.contains(" ERROR "))
                            .findFirst()
                            .map(
                                    line ->
                                            line.substring(
                                                    line.contains("with message: ")
                                                            ? line.lastIndexOf("with message: ")
                                                                    + 14
                                                            : line.indexOf(" : ") + 3))
                            .orElse(e.getMessage().lines().findFirst().orElse(""));
            if (server.running()) {
                server.kill();
            }
            server.useNewData();
            server.start();
            return "; **it could not start again on its data folder** ("
                    + why.substring(0, Math.min(why.length(), 200))
                    + "), so the next inputs go to a new one";
        }
    }

    private static boolean awaitHealth(JarServer server, BenchHttp checks)
            throws InterruptedException {
        long deadline = System.nanoTime() + HEALTH_WAIT.toNanos();
        while (server.running()) {
            if (server.health(checks).status() == 200) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static String report(List<Outcome> outcomes) {
        long passed = outcomes.stream().filter(Outcome::passed).count();
        long run = outcomes.stream().filter(o -> o.took() != null).count();
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%d of %d inputs refused with the server healthy, the store unchanged and"
                                + " no outbound connection (%d sent): %s.%n%n",
                        passed,
                        outcomes.size(),
                        run,
                        passed == outcomes.size() ? "**pass**" : "**FAIL**"));
        out.append(
                "| # | Input | Result | Status | Time | Health after | Store after | Outbound"
                        + " connections | Reply begins |\n|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < outcomes.size(); i++) {
            out.append("| ").append(i + 1).append(" | ").append(outcomes.get(i).row()).append('\n');
        }
        return out.toString();
    }

    /**
     * What one input got.
     *
     * @param failure why it could not be sent, or null
     * @param took the time from sending to the last reply, or null if not sent
     * @param healthy whether health answered 200 within half a minute
     * @param restarted why the server was killed and started again after it, or null
     * @param store how the store changed
     * @param unchanged whether the store is exactly as before
     * @param outbound connections the server made to the listener
     */
    private record Outcome(
            HostileInput input,
            List<Reply> replies,
            String failure,
            Duration took,
            boolean healthy,
            String restarted,
            String store,
            boolean unchanged,
            int outbound) {

        static Outcome notRun(HostileInput input) {
            return new Outcome(
                    input,
                    List.of(),
                    "not sent: time bound reached",
                    null,
                    false,
                    null,
                    "",
                    false,
                    0);
        }

        boolean passed() {
            return failure == null
                    && !replies.isEmpty()
                    && replies.stream().allMatch(input::refusedRightly)
                    && healthy
                    && unchanged
                    && outbound == 0;
        }

        String row() {
            if (took == null) {
                return input.name() + " | not run | | | | | | time bound reached |";
            }
            String statuses =
                    failure != null
                            ? "not sent"
                            : replies.stream()
                                    .map(Reply::statusText)
                                    .collect(Collectors.joining(", "));
            String begins =
                    failure != null
                            ? failure
                            : replies.stream().map(Reply::body).findFirst().orElse("");
            return String.format(
                    Locale.ROOT,
                    "%s | %s | %s | %.2f s | %s | %s | %d | %s |",
                    input.name(),
                    passed() ? "pass" : "**FAIL**",
                    statuses,
                    took.toNanos() / 1e9,
                    (healthy ? "200" : "**not 200**")
                            + (restarted == null ? "" : "; restarted: " + restarted),
                    unchanged ? store : "**" + store + "**",
                    outbound,
                    cell(begins));
        }

        /** Returns the first 100 characters of {@code text} on one line, safe in a table cell. */
        private static String cell(String text) {
            String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
            line = line.length() > 100 ? line.substring(0, 100) + "…" : line;
            return "`" + line.replace("`", "'").replace("|", "\\|") + "`";
        }
    }
}
