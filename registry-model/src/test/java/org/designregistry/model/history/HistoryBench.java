package org.designregistry.model.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.synthetic.SyntheticRegistry;
import org.designregistry.ontology.DR;

/**
 * What the change history costs, side by side in one run: the cost of recording a single-resource
 * write at each scale; one resource's history among many changes; a resource and the whole registry
 * as of an old change; and the storage a change takes. Not a test; figures go to {@code
 * docs/benchmarks.md}. Run with the test classpath:
 *
 * <pre>{@code
 * java ... org.designregistry.model.history.HistoryBench 1,10,100 [changes] [folder] [reads]
 * }</pre>
 *
 * <p>The recording cost is measured in memory (TDB2's in-memory store, the same transactions as on
 * disk without the disk), the synthetic registry of each scale loaded beneath the change tracking
 * so that the history starts empty. A write "without recording" writes the same triples to a named
 * graph through the same tracking dataset: every other step of a write (transactions, term limits,
 * listeners) runs as for the default graph, and only the record is not written. {@code reads}
 * leaves that part out.
 *
 * <p>The reads are measured on TDB2 stores on disk in {@code folder} (the in-memory store keeps
 * every copy-on-write page in the heap and ran out of 4 GiB at 100,000 changes), with the changes
 * written as {@link #recordChanges} says. The whole registry as of an old change is timed both
 * ways: copied into memory, and read through the store as {@code export --as-of} writes it; then
 * 1,000 changes back at each scale, to show how it grows.
 */
public final class HistoryBench {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static final Node TARGET = NodeFactory.createURI(ID + "artefact/DES138");
    private static final Node BENCH_GRAPH = NodeFactory.createURI("urn:x-bench:unrecorded");

    private HistoryBench() {}

    public static void main(String[] args) throws IOException {
        int[] scales =
                Arrays.stream((args.length > 0 ? args[0] : "1,10,100").split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray();
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path folder =
                args.length > 2
                        ? Files.createDirectories(Path.of(args[2]))
                        : Files.createTempDirectory("history-bench");
        boolean readsOnly = args.length > 3 && args[3].equals("reads");
        boolean recordingOnly = args.length > 3 && args[3].equals("recording");
        Graph sample = sample();
        if (!readsOnly) {
            System.out.println(
                    "| scale | triples | write with recording p50 / p90 | without p50 / p90"
                            + " | recording adds (p50) |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (int scale : scales) {
                try (Registry registry = loaded(sample, scale)) {
                    recordingCost(registry, scale, scale == 1 ? 1000 : scale == 10 ? 400 : 200);
                }
            }
        }
        if (recordingOnly) {
            return;
        }
        try (Registry registry = onDisk(sample, 1, folder.resolve("many-changes"))) {
            manyChanges(registry, changes, folder);
        }
        int largest = scales[scales.length - 1];
        try (Registry registry = onDisk(sample, largest, folder.resolve("as-of"))) {
            asOf(registry, largest, Math.min(changes, 20_000));
            wholeRegistryGrowth(sample, scales, folder, registry);
        }
    }

    /** Alternates the same single-resource write with and without its record. */
    private static void recordingCost(Registry registry, int scale, int rounds) {
        DatasetGraph ds = registry.dataset();
        long[] with = new long[rounds];
        long[] without = new long[rounds];
        // Enough warm-up rounds for the JIT to compile the recording path (with 50, the first
        // scale a JVM measured paid some 10 ms a recorded write that later scales did not).
        int warmUp = 1_000;
        for (int round = -warmUp; round < rounds; round++) {
            int n = round + warmUp;
            for (int k = 0; k < 2; k++) {
                boolean recorded = (k + n) % 2 == 0;
                Node graph = recorded ? null : BENCH_GRAPH;
                long t0 = System.nanoTime();
                Txn.executeWrite(ds, () -> replaceComment(ds, graph, "comment " + n));
                long took = System.nanoTime() - t0;
                if (round >= 0) {
                    (recorded ? with : without)[round] = took;
                }
            }
        }
        long added = median(with) - median(without);
        System.out.printf(
                Locale.ROOT,
                "| %dx | %,d | %s | %s | %s ms (%.0f%%) |%n",
                scale,
                registry.size(),
                p50p90(with),
                p50p90(without),
                ms(added),
                100.0 * added / median(without));
    }

    /** Replaces the target's comment in the registry graph (null) or the bench's named graph. */
    private static void replaceComment(DatasetGraph ds, Node graph, String comment) {
        Graph g = graph == null ? ds.getDefaultGraph() : ds.getGraph(graph);
        g.remove(TARGET, RDFS.comment.asNode(), Node.ANY);
        g.add(TARGET, RDFS.comment.asNode(), NodeFactory.createLiteralString(comment));
    }

    /**
     * Makes {@code changes} single-resource changes, one in a hundred to the target, then times the
     * target's history and lists, and measures the history's storage.
     */
    private static void manyChanges(Registry registry, int changes, Path folder) {
        int every = Math.max(1, changes / 1000);
        long t0 = System.nanoTime();
        recordChanges(registry, changes, every);
        double writeMs = (System.nanoTime() - t0) / 1e6 / changes;
        ChangeHistory history = registry.history();
        long t1 = System.nanoTime();
        long latest = history.latest(); // builds the index
        double firstRead = (System.nanoTime() - t1) / 1e6;
        long touching =
                history.list(ChangeQuery.all().withResource(TARGET.getURI()).withPage(0, 1))
                        .total();
        System.out.printf(
                Locale.ROOT,
                "%n%,d changes (%.3f ms a change, written a thousand to a transaction), %,d of them to %s; index built"
                        + " on the first read in %.0f ms%n%n",
                latest,
                writeMs,
                touching,
                TARGET.getURI(),
                firstRead);
        once(
                "a resource's history, first page of 50, first read",
                () -> history.resourceHistory(TARGET.getURI(), 0, 50).total());
        System.out.println("| read | p50 / p90 |");
        System.out.println("|---|---:|");
        row(
                "a resource's history, first page of 50 (differences in words)",
                200,
                () -> history.resourceHistory(TARGET.getURI(), 0, 50).total());
        row(
                "a resource's history, page 10 of 50",
                200,
                () -> history.resourceHistory(TARGET.getURI(), 10, 50).total());
        row("all changes, first page of 50", 200, () -> history.list(ChangeQuery.all()).total());
        row(
                "changes by one user (all of them match), first page of 50",
                100,
                () ->
                        history.list(ChangeQuery.all().withUser(ChangeContext.SYSTEM.principal()))
                                .total());
        row(
                "one change with its labelled triples",
                200,
                () -> history.describe(latest / 2).map(d -> d.added().size()).orElse(0));
        storage(registry, latest, folder);
    }

    /** Copies the history graph into a new TDB2 store on disk and measures it there. */
    private static void storage(Registry registry, long changes, Path folder) {
        DatasetGraph ds = registry.dataset();
        Graph copy = GraphMemFactory.createDefaultGraph();
        long[] patchBytes = {0};
        Txn.executeRead(
                ds,
                () ->
                        ds.getGraph(HistoryTerms.GRAPH)
                                .find()
                                .forEachRemaining(
                                        t -> {
                                            copy.add(t);
                                            if (t.getPredicate().equals(HistoryTerms.PATCH)) {
                                                patchBytes[0] +=
                                                        t.getObject()
                                                                .getLiteralLexicalForm()
                                                                .length();
                                            }
                                        }));
        Path empty = folder.resolve("empty-store");
        Path full = folder.resolve("history-store");
        DatasetGraph emptyStore = TDB2Factory.connectDataset(empty.toString()).asDatasetGraph();
        Txn.executeWrite(emptyStore, () -> {});
        DatasetGraph store = TDB2Factory.connectDataset(full.toString()).asDatasetGraph();
        Txn.executeWrite(
                store,
                () ->
                        copy.find()
                                .forEachRemaining(
                                        t ->
                                                store.add(
                                                        HistoryTerms.GRAPH,
                                                        t.getSubject(),
                                                        t.getPredicate(),
                                                        t.getObject())));
        long bytes = du(full) - du(empty);
        System.out.printf(
                Locale.ROOT,
                "%nStorage: %,d changes are %,d quads (%.1f a change); patches average %.0f"
                        + " bytes of RDF Patch text; the history graph alone, loaded into a new"
                        + " TDB2 store, takes %,.1f MiB on disk (du, beyond an empty store):"
                        + " %,.0f bytes a change, %.1f times its patch text%n",
                changes,
                copy.size(),
                (double) copy.size() / changes,
                (double) patchBytes[0] / changes,
                bytes / 1048576.0,
                (double) bytes / changes,
                (double) bytes / patchBytes[0]);
    }

    /** Times a resource and the whole registry as of old changes, at the largest scale. */
    private static void asOf(Registry registry, int scale, int changes) {
        recordChanges(registry, changes, 100);
        ChangeHistory history = registry.history();
        RegistryBrowser browser = RegistryBrowser.of(registry);
        long latest = history.latest();
        System.out.printf(
                Locale.ROOT,
                "%nAt %dx (%,d triples) after %,d changes:%n%n| read | p50 / p90 |%n|---|---:|%n",
                scale,
                registry.size(),
                latest);
        long first = Math.max(0, latest - 10_000);
        once(
                "DES138 as of change " + first + ", first read (no patch parsed yet)",
                () -> browser.describeAsOf(TARGET.getURI(), first).isPresent() ? 1 : 0);
        row(
                "DES138 now, for comparison (its page's read, with the decisions about it)",
                100,
                () -> browser.describe(TARGET.getURI()).isPresent() ? 1 : 0);
        for (long back : new long[] {10_000, 100}) {
            long then = Math.max(0, latest - back);
            row(
                    "DES138 as of change " + then + ", " + (latest - then) + " changes back",
                    100,
                    () -> browser.describeAsOf(TARGET.getURI(), then).isPresent() ? 1 : 0);
        }
        for (long back : new long[] {100, 1_000, 10_000}) {
            long then = Math.max(0, latest - back);
            row(
                    "the whole registry as of change "
                            + then
                            + ", "
                            + (latest - then)
                            + " changes back, copied into memory (registryAsOf)",
                    3,
                    () -> history.registryAsOf(then).size());
            row(
                    "the same, every triple read through the store (readAsOf, as export does)",
                    3,
                    () -> history.readAsOf(then, past -> past.find().toList().size()));
        }
    }

    /**
     * Times the whole registry as of 1,000 changes back at each scale, to show how the cost grows
     * with the registry: the smaller scales in stores of their own after 2,000 changes, the largest
     * in {@code largest}, after its changes.
     */
    private static void wholeRegistryGrowth(
            Graph sample, int[] scales, Path folder, Registry largest) {
        System.out.printf(
                Locale.ROOT,
                "%n| the whole registry as of 1,000 changes back | triples | copied into memory"
                        + " p50 / p90 | read through the store p50 / p90 |%n|---|---:|---:|---:|%n");
        for (int i = 0; i < scales.length - 1; i++) {
            try (Registry registry = onDisk(sample, scales[i], folder.resolve("whole-" + i))) {
                recordChanges(registry, 2_000, 100);
                wholeRegistryRow(registry, scales[i]);
            }
        }
        wholeRegistryRow(largest, scales[scales.length - 1]);
    }

    private static void wholeRegistryRow(Registry registry, int scale) {
        ChangeHistory history = registry.history();
        long then = history.latest() - 1_000;
        System.out.printf(
                Locale.ROOT,
                "| %dx | %,d | %s | %s |%n",
                scale,
                registry.size(),
                timed(3, () -> history.registryAsOf(then).size()),
                timed(3, () -> history.readAsOf(then, past -> past.find().toList().size())));
    }

    /**
     * Makes {@code changes} single-resource changes (each replaces one artefact's comment; one in
     * {@code every} is to the target) with the records and patches a tracked write makes, written a
     * thousand to a store transaction beneath the tracking: on disk, a hundred thousand commits of
     * their own would take hours of file syncs and gigabytes of copy-on-write pages before a
     * compaction, and the reads measured here see the same quads either way. Call on a registry
     * whose history is empty and has not been read.
     */
    private static void recordChanges(Registry registry, int changes, int every) {
        DatasetGraph raw = ((DatasetGraphWrapper) registry.dataset()).getWrapped();
        List<Node> others = subjects(registry);
        Node comment = RDFS.comment.asNode();
        for (int from = 0; from < changes; from += 1000) {
            int start = from;
            Txn.executeWrite(
                    raw,
                    () -> {
                        Graph g = raw.getDefaultGraph();
                        for (int i = start; i < Math.min(changes, start + 1000); i++) {
                            Node subject =
                                    i % every == every - 1 ? TARGET : others.get(i % others.size());
                            List<Triple> removed = g.find(subject, comment, Node.ANY).toList();
                            Triple added =
                                    Triple.create(
                                            subject,
                                            comment,
                                            NodeFactory.createLiteralString("change " + i));
                            removed.forEach(g::delete);
                            g.add(added);
                            RecordWriter.write(
                                    raw,
                                    i + 1,
                                    ChangeContext.SYSTEM,
                                    new ChangePatch(List.of(added), removed),
                                    Set.of());
                        }
                    });
        }
    }

    /**
     * Returns a registry in a new TDB2 store on disk holding the synthetic registry, no history.
     */
    private static Registry onDisk(Graph sample, int scale, Path dir) {
        Registry registry = Registries.connect(dir);
        Graph data = SyntheticRegistry.from(sample).scale(scale).seed(42).toGraph();
        DatasetGraph raw = ((DatasetGraphWrapper) registry.dataset()).getWrapped();
        Txn.executeWrite(raw, () -> data.find().forEachRemaining(raw.getDefaultGraph()::add));
        return registry;
    }

    /** Times one cold read, before any {@link #row} warms the caches it reads through. */
    private static void once(String read, LongSupplier work) {
        long t0 = System.nanoTime();
        work.getAsLong();
        System.out.printf(Locale.ROOT, "%s: %s ms%n", read, ms(System.nanoTime() - t0));
    }

    private static void row(String read, int rounds, LongSupplier work) {
        System.out.printf(Locale.ROOT, "| %s | %s |%n", read, timed(rounds, work));
    }

    /** Returns the p50 and p90 of {@code rounds} runs after up to 20 warm-up runs. */
    private static String timed(int rounds, LongSupplier work) {
        for (int i = 0; i < Math.min(20, rounds); i++) {
            work.getAsLong();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            work.getAsLong();
            nanos[i] = System.nanoTime() - t0;
        }
        return p50p90(nanos);
    }

    /** Returns a registry in memory holding the synthetic registry of this scale, no history. */
    private static Registry loaded(Graph sample, int scale) {
        Registry registry = Registries.createInMemory();
        Graph data = SyntheticRegistry.from(sample).scale(scale).seed(42).toGraph();
        // Beneath the tracking: a bench's load need not be recorded as one huge change.
        DatasetGraph raw = ((DatasetGraphWrapper) registry.dataset()).getWrapped();
        Txn.executeWrite(raw, () -> data.find().forEachRemaining(raw.getDefaultGraph()::add));
        return registry;
    }

    private static List<Node> subjects(Registry registry) {
        return registry.read(
                m ->
                        new ArrayList<>(
                                m.getGraph()
                                        .find(Node.ANY, RDF.Nodes.type, DR.DesignArtefact.asNode())
                                        .mapWith(Triple::getSubject)
                                        .filterDrop(TARGET::equals)
                                        .toList()));
    }

    private static Graph sample() {
        Graph sample = GraphMemFactory.createDefaultGraph();
        for (RdfSource source : RdfSource.classpathManifest("samples/mhhs/manifest.ttl")) {
            source.parse().find().forEach(sample::add);
        }
        return sample;
    }

    private static long du(Path folder) {
        try {
            Process du = new ProcessBuilder("du", "-sk", folder.toString()).start();
            String out = new String(du.getInputStream().readAllBytes()).trim();
            du.waitFor();
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (IOException | InterruptedException | NumberFormatException e) {
            throw new IllegalStateException("du failed on " + folder, e);
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String p50p90(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return ms(sorted[sorted.length / 2]) + " / " + ms(sorted[sorted.length * 9 / 10]) + " ms";
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
