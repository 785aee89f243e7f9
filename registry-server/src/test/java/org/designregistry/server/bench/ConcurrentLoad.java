package org.designregistry.server.bench;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.designregistry.server.bench.BenchHttp.Reply;

/**
 * Concurrent load: many clients, each one request at a time with no pause, mixing REST reads
 * (resource GETs, searches, impact reports) and writes (creating and replacing resources of their
 * own with the editor's token) for a fixed time after a warm-up. It reports latency percentiles of
 * reads and writes and counts server errors.
 */
final class ConcurrentLoad {

    /** What the clients do, and whether it is a write. */
    enum Operation {
        GET_RESOURCE("read: `GET /api/resources/{ref}`", false),
        SEARCH("read: `GET /api/search?q=`", false),
        IMPACT("read: `GET /api/impact?from=`", false),
        CREATE("write: `POST /api/resources`", true),
        REPLACE("write: `PUT /api/resources/{ref}`", true);

        final String label;
        final boolean write;

        Operation(String label, boolean write) {
            this.label = label;
            this.write = write;
        }
    }

    private final int clients;
    private final Duration warmUp;
    private final Duration measured;
    private final double writeShare;
    private final long seed;

    /**
     * Load as the system properties set it: {@code bench.load.clients} (50) for {@code
     * bench.load.seconds} (300) after {@code bench.load.warmup-seconds} (20), a share {@code
     * bench.load.write-share} (0.2) of writes, random from {@code bench.seed} (42).
     */
    static ConcurrentLoad fromSystemProperties() {
        return new ConcurrentLoad(
                Integer.getInteger("bench.load.clients", 50),
                Duration.ofSeconds(Long.getLong("bench.load.warmup-seconds", 20)),
                Duration.ofSeconds(Long.getLong("bench.load.seconds", 300)),
                Double.parseDouble(System.getProperty("bench.load.write-share", "0.2")),
                Long.getLong("bench.seed", 42));
    }

    private ConcurrentLoad(
            int clients, Duration warmUp, Duration measured, double writeShare, long seed) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
        this.writeShare = writeShare;
        this.seed = seed;
    }

    /** Runs the load against {@code server} and returns its report. */
    String run(JarServer server, BenchHttp http) throws InterruptedException {
        if (!server.running()) {
            throw new IllegalStateException("Start the server first");
        }
        List<String> refs = readTargets(server, http);
        LoadRecord record = new LoadRecord();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(
                    new LoadClient(
                            "RB-L" + (c + 1) + "-",
                            server,
                            http,
                            refs,
                            writeShare,
                            seed + c,
                            measureFrom,
                            end,
                            record));
        }
        pool.shutdown();
        long allowed = end - System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        if (!pool.awaitTermination(allowed, TimeUnit.NANOSECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("Load clients still busy two minutes after the end");
        }
        boolean healthy = server.health(http).status() == 200;
        return report(record, healthy, refs.size());
    }

    /** Returns the references of the resources the clients read: every resource with one. */
    private static List<String> readTargets(JarServer server, BenchHttp http) {
        List<String> refs = new ArrayList<>();
        for (int page = 0; ; page++) {
            Reply reply =
                    http.send(
                            BenchHttp.request(server.uri("/api/resources?size=500&page=" + page)));
            if (reply.status() != 200) {
                throw new IllegalStateException("Listing resources failed: " + reply);
            }
            List<String> found = JsonPath.read(reply.body(), "$.items[*].ref");
            found.stream().filter(Objects::nonNull).forEach(refs::add);
            int pages = JsonPath.read(reply.body(), "$.totalPages");
            if (page + 1 >= pages) {
                return refs;
            }
        }
    }

    private String report(LoadRecord record, boolean healthy, int targets) {
        Latencies reads = record.total(false);
        Latencies writes = record.total(true);
        long serverErrors = reads.serverErrors() + writes.serverErrors();
        double readP99 = reads.percentile(99);
        double writeP99 = writes.percentile(99);
        boolean pass =
                serverErrors == 0
                        && reads.missing() + writes.missing() == 0
                        && readP99 < 250
                        && writeP99 < 500
                        && healthy;
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%d clients, each one request at a time without pause, for %d s after a"
                                + " %d s warm-up (not counted); %.0f%% writes (each client creates"
                                + " artefacts and replaces their labels, with the editor's API"
                                + " token), the rest reads spread evenly over %,d resources, ten"
                                + " searches and impact reports. Throughput %.1f requests/s.%n%n",
                        clients,
                        measured.toSeconds(),
                        warmUp.toSeconds(),
                        writeShare * 100,
                        targets,
                        (reads.count() + writes.count()) / (double) measured.toSeconds()));
        out.append(
                String.format(
                        Locale.ROOT,
                        "5xx: %d; no reply: %d; read p99 %.1f ms (target < 250); write p99 %.1f ms"
                                + " (target < 500); health after: %s: %s.%n%n",
                        serverErrors,
                        reads.missing() + writes.missing(),
                        readP99,
                        writeP99,
                        healthy ? "200" : "**not 200**",
                        pass ? "**pass**" : "**FAIL**"));
        out.append(Latencies.header()).append('\n');
        for (Operation operation : Operation.values()) {
            out.append(record.of(operation).row(operation.label)).append('\n');
        }
        out.append(reads.row("**all reads**")).append('\n');
        out.append(writes.row("**all writes**")).append('\n');
        return out.toString();
    }
}
