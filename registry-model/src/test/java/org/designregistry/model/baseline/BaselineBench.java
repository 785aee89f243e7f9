package org.designregistry.model.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.synthetic.SyntheticRegistry;

/**
 * The cost of baselines on the MHHS sample and on synthetic registries a multiple of its size:
 * freezing one, and comparing a baseline with now after 10 changes and two baselines with 1% of the
 * resources changed between them. Not a test; figures go to {@code docs/benchmarks.md}. Run with
 * the test classpath:
 *
 * <pre>{@code
 * java ... org.designregistry.model.baseline.BaselineBench 1:20 100:10
 * }</pre>
 *
 * <p>Each argument is a scale and the rounds to measure. Comparisons are timed cold: each round
 * uses a new {@link Baselines}, so the history's patches are parsed again, as for the first request
 * after a change.
 */
public final class BaselineBench {

    private static final String ID = "https://registry.mhhs.example/id/";

    private BaselineBench() {}

    public static void main(String[] args) {
        List<String> scales = args.length > 0 ? List.of(args) : List.of("1:20", "100:10");
        Graph sample = GraphMemFactory.createDefaultGraph();
        RdfSource.classpathManifest("samples/mhhs/manifest.ttl")
                .forEach(s -> s.parse().find().forEach(sample::add));
        for (String scaleAndRounds : scales) {
            String[] parts = scaleAndRounds.split(":");
            int scale = Integer.parseInt(parts[0]);
            int rounds = Integer.parseInt(parts[1]);
            try (Registry registry = Registries.createInMemory()) {
                Graph data = SyntheticRegistry.from(sample).scale(scale).seed(42).toGraph();
                DatasetGraph ds = registry.dataset();
                Txn.executeWrite(ds, () -> data.find().forEach(ds.getDefaultGraph()::add));
                run(registry, scale, rounds);
            }
        }
    }

    private static void run(Registry registry, int scale, int rounds) {
        List<Node> resources =
                registry.read(
                        m ->
                                m
                                        .getGraph()
                                        .find(Node.ANY, RDF.type.asNode(), Node.ANY)
                                        .mapWith(Triple::getSubject)
                                        .filterKeep(n -> n.isURI() && n.getURI().startsWith(ID))
                                        .toSet()
                                        .stream()
                                        .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                                        .toList());
        System.out.printf(
                Locale.ROOT,
                "%nScale %dx: %,d triples, %,d resources; %d rounds%n",
                scale,
                registry.size(),
                resources.size(),
                rounds);
        Baselines baselines = Baselines.of(registry, ID);
        baselines.create(BaselineDraft.named("warm-up"));

        // Freezing: one small change, then a new baseline, each round.
        long[] create = new long[rounds];
        long quadsBefore = quads(registry);
        for (int r = 0; r < rounds; r++) {
            comment(registry, resources.subList(r, r + 1), "create " + r);
            long t0 = System.nanoTime();
            baselines.create(BaselineDraft.named("create-" + r));
            create[r] = System.nanoTime() - t0;
        }
        long perBaseline = (quads(registry) - quadsBefore) / rounds;

        // A baseline and now, 10 changes apart.
        baselines.create(BaselineDraft.named("before-ten"));
        for (int c = 0; c < 10; c++) {
            comment(registry, resources.subList(100 + c, 101 + c), "ten " + c);
        }
        long[] sinceTen =
                times(
                        rounds,
                        () -> Baselines.of(registry, ID).diff("before-ten", Optional.empty()));

        // Two baselines, 1% of the resources changed between them, in changes of 100 each.
        int onePercent = Math.max(1, resources.size() / 100);
        for (int from = 0; from < onePercent; from += 100) {
            comment(
                    registry,
                    resources.subList(200 + from, 200 + Math.min(onePercent, from + 100)),
                    "one percent");
        }
        baselines.create(BaselineDraft.named("after-one-percent"));
        long[] twoBaselines =
                times(
                        rounds,
                        () ->
                                Baselines.of(registry, ID)
                                        .diff("before-ten", Optional.of("after-one-percent")));
        int changed =
                Baselines.of(registry, ID)
                        .diff("before-ten", Optional.of("after-one-percent"))
                        .resources()
                        .size();

        System.out.printf(Locale.ROOT, "| case | p50 ms | p90 ms | max ms |%n|---|---|---|---|%n");
        row("create a baseline", create);
        row("diff baseline vs now, 10 changes", sinceTen);
        row("diff two baselines, " + changed + " resources changed", twoBaselines);
        System.out.printf(
                Locale.ROOT,
                "Quads added per baseline (record + its change record): %,d%n",
                perBaseline);
    }

    private static long[] times(int rounds, Supplier<BaselineDiff> diff) {
        diff.get(); // warm-up
        long[] nanos = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            diff.get();
            nanos[r] = System.nanoTime() - t0;
        }
        return nanos;
    }

    /** Adds a comment to each resource, as one recorded change. */
    private static void comment(Registry registry, List<Node> nodes, String text) {
        DatasetGraph ds = registry.dataset();
        Txn.executeWrite(
                ds,
                () ->
                        nodes.forEach(
                                n ->
                                        ds.getDefaultGraph()
                                                .add(
                                                        n,
                                                        RDFS.comment.asNode(),
                                                        NodeFactory.createLiteralString(text))));
    }

    private static long quads(Registry registry) {
        DatasetGraph ds = registry.dataset();
        return Txn.calculateRead(
                ds,
                () -> {
                    long n = ds.getDefaultGraph().size();
                    List<Node> graphs = new ArrayList<>();
                    ds.listGraphNodes().forEachRemaining(graphs::add);
                    for (Node g : graphs) {
                        n += ds.getGraph(g).size();
                    }
                    return n;
                });
    }

    private static void row(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f |%n",
                name,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
