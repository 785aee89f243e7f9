package org.designregistry.server.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.designregistry.server.bench.BenchHttp.Reply;

/**
 * Kill -9 trials: writers create and update resources through the REST API and note every write the
 * server acknowledged (2xx); the server is killed with SIGKILL at a random moment, started again on
 * the same folder, and must hold every acknowledged write (a write in flight at the kill may or may
 * not be there) and answer its health check; and its change history must match: a record for every
 * acknowledged write, and no record without its write ({@link ChangeRecordCheck}).
 */
final class KillTrials {

    private final int trials;
    private final int writers;
    private final Duration earliestKill;
    private final Duration latestKill;
    private final Random random;

    /**
     * Trials as the system properties set them: {@code bench.kill.trials} (20), {@code
     * bench.kill.writers} (4), the kill between {@code bench.kill.earliest-ms} (1000) and {@code
     * bench.kill.latest-ms} (6000) after the first acknowledged write, random from {@code
     * bench.seed} (42).
     */
    static KillTrials fromSystemProperties() {
        return new KillTrials(
                Integer.getInteger("bench.kill.trials", 20),
                Integer.getInteger("bench.kill.writers", 4),
                Duration.ofMillis(Long.getLong("bench.kill.earliest-ms", 1000)),
                Duration.ofMillis(Long.getLong("bench.kill.latest-ms", 6000)),
                new Random(Long.getLong("bench.seed", 42)));
    }

    private KillTrials(
            int trials, int writers, Duration earliestKill, Duration latestKill, Random random) {
        this.trials = trials;
        this.writers = writers;
        this.earliestKill = earliestKill;
        this.latestKill = latestKill;
        this.random = random;
    }

    /** Runs the trials on {@code server}, starting no trial after {@code deadline}. */
    String run(JarServer server, BenchHttp http, Instant deadline) throws Exception {
        List<Trial> done = new ArrayList<>();
        if (!server.running()) {
            server.start();
        }
        for (int n = 1; n <= trials && Instant.now().isBefore(deadline); n++) {
            done.add(trial(n, server, http));
        }
        long lostAtEnd = 0;
        for (Trial trial : done) {
            lostAtEnd += trial.lost(labels(server, http, trial.prefix()));
        }
        return report(done, lostAtEnd);
    }

    private Trial trial(int n, JarServer server, BenchHttp http) throws Exception {
        String prefix = "RB-K" + n + "-";
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch firstAcknowledged = new CountDownLatch(1);
        List<KillWriter> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 1; w <= writers; w++) {
            KillWriter writer =
                    new KillWriter(
                            prefix + w + "-",
                            server,
                            http,
                            stop,
                            firstAcknowledged,
                            random.nextLong());
            running.add(writer);
            pool.execute(writer);
        }
        long span = latestKill.toMillis() - earliestKill.toMillis();
        Duration killAfter = earliestKill.plusMillis(span <= 0 ? 0 : random.nextLong(span + 1));
        // The moment is counted from the first acknowledged write, so that a slow first write
        // (a cold server on a busy machine) does not leave a trial with nothing to lose.
        firstAcknowledged.await(2, TimeUnit.MINUTES);
        Thread.sleep(killAfter.toMillis());
        server.kill();
        stop.set(true);
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Writers still busy two minutes after the kill");
        }
        Duration restart = server.start();
        boolean healthy = server.health(http).status() == 200;
        Map<String, String> labels = labels(server, http, prefix);
        long lost = running.stream().mapToLong(w -> w.lost(labels)).sum();
        ChangeRecordCheck.Outcome records =
                ChangeRecordCheck.check(server, http, prefix, running, labels);
        return new Trial(
                n,
                prefix,
                running,
                killAfter,
                restart,
                healthy,
                searchMisses(server, http, running),
                lost,
                records);
    }

    /** Returns the label of every resource whose identifier starts with {@code prefix}. */
    private static Map<String, String> labels(JarServer server, BenchHttp http, String prefix) {
        String query =
                "SELECT ?id ?label { ?r <http://purl.org/dc/terms/identifier> ?id ;"
                        + " <http://www.w3.org/2000/01/rdf-schema#label> ?label"
                        + " FILTER(STRSTARTS(?id, \""
                        + prefix
                        + "\")) }";
        Reply reply =
                http.send(
                        BenchHttp.request(server.uri("/sparql?query=" + encode(query)))
                                .header("Accept", "text/csv"));
        if (reply.status() != 200) {
            throw new IllegalStateException("Reading the writes back failed: " + reply);
        }
        Map<String, String> labels = new HashMap<>();
        reply.body()
                .lines()
                .skip(1)
                .filter(line -> line.contains(","))
                .forEach(
                        line -> {
                            int comma = line.indexOf(',');
                            labels.put(line.substring(0, comma), line.substring(comma + 1));
                        });
        return labels;
    }

    /** Counts the writers whose last acknowledged create the search index does not find. */
    private static int searchMisses(JarServer server, BenchHttp http, List<KillWriter> writers) {
        int misses = 0;
        for (KillWriter writer : writers) {
            String id = writer.lastCreated();
            if (id != null) {
                Reply reply =
                        http.send(
                                BenchHttp.request(
                                        server.uri("/api/search?limit=10&q=" + encode(id))));
                if (!reply.body().contains("\"identifier\":\"" + id + "\"")) {
                    misses++;
                }
            }
        }
        return misses;
    }

    private static String report(List<Trial> done, long lostAtEnd) {
        StringBuilder out = new StringBuilder();
        long acknowledged = done.stream().mapToLong(Trial::acknowledged).sum();
        long lost = done.stream().mapToLong(Trial::lostAfterRestart).sum();
        long unhealthy = done.stream().filter(t -> !t.healthy()).count();
        long withoutRecord = done.stream().mapToLong(t -> t.records().writesWithoutRecord()).sum();
        long withoutWrite = done.stream().mapToLong(t -> t.records().recordsWithoutWrite()).sum();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%d trials, %,d acknowledged writes, %d lost after their restart, %d lost"
                                + " by the end, %d restarts unhealthy: %s (target: 0 acknowledged"
                                + " writes lost in 20 trials). Change records: %d acknowledged writes"
                                + " without their record, %d records without their write: %s.%n%n",
                        done.size(),
                        acknowledged,
                        lost,
                        lostAtEnd,
                        unhealthy,
                        lost == 0 && lostAtEnd == 0 && unhealthy == 0 ? "**pass**" : "**FAIL**",
                        withoutRecord,
                        withoutWrite,
                        withoutRecord == 0 && withoutWrite == 0 ? "**pass**" : "**FAIL**"));
        out.append(
                "| Trial | Killed after the first acknowledged write | Acknowledged writes (creates + updates) | In flight at"
                        + " the kill | Lost | Restart to ready | Health | Search misses a"
                        + " writer's last create | Change records (writes without one /"
                        + " records without a write) |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Trial t : done) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "| %d | %.1f s | %,d (%,d + %,d) | %d | %d | %.1f s | %s | %d of %d |"
                                    + " %,d (%d / %d) |%n",
                            t.number(),
                            t.killAfter().toMillis() / 1000.0,
                            t.acknowledged(),
                            t.writers().stream().mapToLong(KillWriter::creates).sum(),
                            t.writers().stream().mapToLong(KillWriter::updates).sum(),
                            t.writers().stream().mapToLong(KillWriter::inFlight).sum(),
                            t.lostAfterRestart(),
                            t.restart().toMillis() / 1000.0,
                            t.healthy() ? "200" : "**not 200**",
                            t.searchMisses(),
                            t.writers().size(),
                            t.records().records(),
                            t.records().writesWithoutRecord(),
                            t.records().recordsWithoutWrite()));
        }
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * One trial's outcome.
     *
     * @param lostAfterRestart acknowledged writes missing once the server was back
     */
    private record Trial(
            int number,
            String prefix,
            List<KillWriter> writers,
            Duration killAfter,
            Duration restart,
            boolean healthy,
            int searchMisses,
            long lostAfterRestart,
            ChangeRecordCheck.Outcome records) {

        long acknowledged() {
            return writers.stream().mapToLong(KillWriter::acknowledged).sum();
        }

        /** Counts the acknowledged writes that {@code labels} (identifier to label) lacks. */
        long lost(Map<String, String> labels) {
            return writers.stream().mapToLong(w -> w.lost(labels)).sum();
        }
    }
}
