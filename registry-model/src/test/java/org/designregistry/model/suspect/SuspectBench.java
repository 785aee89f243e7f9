package org.designregistry.model.suspect;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.BaselineDraft;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.synthetic.SyntheticRegistry;
import org.designregistry.ontology.DR;

/**
 * What marking suspect links adds to a write to a hub: the data item that the most interfaces
 * carry, in a synthetic registry a multiple of the MHHS sample's size, in a TDB2 store on disk (as
 * the server keeps it), written through the checked write path ({@link ValidatedWrites#update}).
 * Not a test; figures go to {@code docs/benchmarks.md}. Run with the test classpath:
 *
 * <pre>{@code
 * java ... org.designregistry.model.suspect.SuspectBench 100:20 [DIR]
 * }</pre>
 *
 * <p>Side by side, each round timed from the call to its return: the hub's data format changed
 * while nothing is baselined or approved (the marker runs and finds nothing to mark: the write
 * without suspect marking); the same change once a baseline holds the hub (every link of its
 * dependants marked, fresh each round: the links are cleared between rounds, untimed); and a
 * comment-only change to the baselined hub (nothing governed, nothing marked). Each round reports
 * its wall time and the CPU time the JVM's threads spent in it (the caller, the registry's writer
 * and its other workers; not the garbage collector's), which a loaded machine inflates far less
 * than the wall time; and the load average before and after, since the machine's load dominates
 * wall times.
 *
 * <p>The store goes in a new folder under {@code DIR} (default: the system's temporary folder),
 * deleted afterwards. An in-memory TDB2 store is not used: its block cache makes each index insert
 * about three times dearer than on disk, and users meet the store on disk.
 */
public final class SuspectBench {

    private SuspectBench() {}

    public static void main(String[] args) throws IOException {
        List<String> scales = List.of(args.length > 0 ? args[0] : "100:20");
        Path parent = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"));
        Graph sample = GraphMemFactory.createDefaultGraph();
        RdfSource.classpathManifest("samples/mhhs/manifest.ttl")
                .forEach(s -> s.parse().find().forEach(sample::add));
        for (String scaleAndRounds : scales) {
            String[] parts = scaleAndRounds.split(":");
            int scale = Integer.parseInt(parts[0]);
            int rounds = Integer.parseInt(parts[1]);
            Path dir = Files.createTempDirectory(parent, "suspect-bench-");
            try (Registry registry = Registries.connect(dir)) {
                Graph data = SyntheticRegistry.from(sample).scale(scale).seed(42).toGraph();
                DatasetGraph ds = registry.dataset();
                long t0 = System.nanoTime();
                Txn.executeWrite(ds, () -> data.find().forEach(ds.getDefaultGraph()::add));
                System.out.printf(
                        Locale.ROOT,
                        "Loaded %,d triples as one recorded change (marking included) in %.1f s%n",
                        data.size(),
                        (System.nanoTime() - t0) / 1e9);
                run(registry, scale, rounds);
            } finally {
                delete(dir);
            }
        }
    }

    private static void run(Registry registry, int scale, int rounds) {
        double loadBefore = loadAverage();
        Node hub = hub(registry);
        SuspectLinks suspects = SuspectLinks.of(registry);
        Timings unmarked = new Timings(rounds);
        for (int r = -3; r < rounds; r++) {
            int round = r;
            unmarked.time(round, () -> formatChange(registry, hub, "before-" + round));
        }
        if (suspects.count() != 0) {
            throw new IllegalStateException("Nothing should be suspect before the baseline");
        }
        Baselines.of(registry, "https://registry.mhhs.example/id/")
                .create(BaselineDraft.named("bench"));
        Timings marked = new Timings(rounds);
        long links = 0;
        for (int r = -3; r < rounds; r++) {
            int round = r;
            marked.time(round, () -> formatChange(registry, hub, "after-" + round));
            List<String> ids = ids(suspects);
            links = ids.size();
            suspects.clear(ids, "bench round " + r);
        }
        Timings comment = new Timings(rounds);
        for (int r = -3; r < rounds; r++) {
            String text = "comment " + r;
            comment.time(
                    r,
                    () ->
                            ValidatedWrites.update(
                                    registry,
                                    m -> {
                                        Resource h = m.createResource(hub.getURI());
                                        h.removeAll(RDFS.comment).addProperty(RDFS.comment, text);
                                    }));
        }
        System.out.printf(
                Locale.ROOT,
                "%nScale %dx, on disk: %,d triples; hub %s with %,d dependent links; %d rounds;"
                        + " load average %.1f before, %.1f after%n",
                scale,
                registry.size(),
                hub.getURI(),
                links,
                rounds,
                loadBefore,
                loadAverage());
        System.out.printf(
                Locale.ROOT,
                "| case | wall p50 ms | wall p90 ms | wall max ms | CPU p50 ms |%n"
                        + "|---|---|---|---|---|%n");
        unmarked.row("hub format change, nothing baselined (no marking)");
        marked.row("hub format change, baselined (" + links + " links marked)");
        comment.row("hub comment change, baselined (nothing governed)");
        System.out.printf(
                Locale.ROOT,
                "Added by marking %d links: %.1f ms wall, %.1f ms CPU (p50 against p50)%n",
                links,
                (marked.wall.p50() - unmarked.wall.p50()) / 1e6,
                (marked.cpu.p50() - unmarked.cpu.p50()) / 1e6);
    }

    private static void formatChange(Registry registry, Node hub, String value) {
        ValidatedWrites.update(
                registry,
                m -> {
                    Resource h = m.createResource(hub.getURI());
                    h.removeAll(DR.dataFormat).addProperty(DR.dataFormat, value);
                });
    }

    private static List<String> ids(SuspectLinks suspects) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            SuspectPage found =
                    suspects.list(
                            new SuspectQuery(
                                    java.util.Optional.empty(),
                                    java.util.Optional.empty(),
                                    java.util.Optional.empty(),
                                    java.util.Optional.empty(),
                                    page,
                                    SuspectQuery.MAX_SIZE));
            found.items().forEach(l -> ids.add(l.id()));
            if ((long) (page + 1) * SuspectQuery.MAX_SIZE >= found.total()) {
                return ids;
            }
        }
    }

    /** The data item that the most interfaces carry. */
    private static Node hub(Registry registry) {
        return registry.read(
                m -> {
                    Map<Node, Integer> carried = new HashMap<>();
                    m.getGraph()
                            .find(Node.ANY, DR.carries.asNode(), Node.ANY)
                            .mapWith(Triple::getObject)
                            .forEach(o -> carried.merge(o, 1, Integer::sum));
                    return carried.entrySet().stream()
                            .max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                            .orElseThrow()
                            .getKey();
                });
    }

    /** The system load average over the last minute, or -1 where the system has none. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Wall and CPU times of the measured rounds of one case; rounds below 0 warm up. */
    private static final class Timings {

        private final Samples wall;
        private final Samples cpu;

        Timings(int rounds) {
            wall = new Samples(rounds);
            cpu = new Samples(rounds);
        }

        void time(int round, Runnable write) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            write.run();
            long elapsed = System.nanoTime() - t0;
            long used = processCpuNanos() - cpu0;
            if (round >= 0) {
                wall.nanos[round] = elapsed;
                cpu.nanos[round] = used;
            }
        }

        void row(String name) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %.1f |%n",
                    name,
                    wall.p50() / 1e6,
                    wall.quantile(0.9) / 1e6,
                    wall.quantile(1.0) / 1e6,
                    cpu.p50() / 1e6);
        }

        /**
         * The CPU time of the JVM's live threads so far (the caller, the registry's writer and its
         * other workers), to the nanosecond; the process's own count ticks in 10 ms steps.
         */
        private static long processCpuNanos() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long sum = 0;
            for (long id : threads.getAllThreadIds()) {
                sum += Math.max(0, threads.getThreadCpuTime(id));
            }
            return sum;
        }
    }

    private record Samples(long[] nanos) {

        Samples(int rounds) {
            this(new long[rounds]);
        }

        long p50() {
            return quantile(0.5);
        }

        long quantile(double q) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = q >= 1.0 ? sorted.length - 1 : (int) Math.ceil(sorted.length * q) - 1;
            return sorted[Math.max(0, index)];
        }
    }
}
