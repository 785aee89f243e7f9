package org.designregistry.model.suspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * carry, in a synthetic registry a multiple of the MHHS sample's size, written through the checked
 * write path ({@link ValidatedWrites#update}). Not a test; figures go to {@code
 * docs/benchmarks.md}. Run with the test classpath:
 *
 * <pre>{@code
 * java ... org.designregistry.model.suspect.SuspectBench 100:20
 * }</pre>
 *
 * <p>Side by side, each round timed from the call to its return: the hub's data format changed
 * while nothing is baselined or approved (the marker runs and finds nothing to mark: the write
 * without suspect marking); the same change once a baseline holds the hub (every link of its
 * dependants marked, fresh each round: the links are cleared between rounds, untimed); and a
 * comment-only change to the baselined hub (nothing governed, nothing marked).
 */
public final class SuspectBench {

    private SuspectBench() {}

    public static void main(String[] args) {
        List<String> scales = args.length > 0 ? List.of(args) : List.of("100:20");
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
        Node hub = hub(registry);
        SuspectLinks suspects = SuspectLinks.of(registry);
        long[] unmarked = new long[rounds];
        for (int r = -3; r < rounds; r++) {
            long t = formatChange(registry, hub, "before-" + r);
            if (r >= 0) {
                unmarked[r] = t;
            }
        }
        if (suspects.count() != 0) {
            throw new IllegalStateException("Nothing should be suspect before the baseline");
        }
        Baselines.of(registry, "https://registry.mhhs.example/id/")
                .create(BaselineDraft.named("bench"));
        long[] marked = new long[rounds];
        long links = 0;
        for (int r = -3; r < rounds; r++) {
            long t = formatChange(registry, hub, "after-" + r);
            List<String> ids = ids(suspects);
            links = ids.size();
            suspects.clear(ids, "bench round " + r);
            if (r >= 0) {
                marked[r] = t;
            }
        }
        long[] comment = new long[rounds];
        for (int r = -3; r < rounds; r++) {
            String text = "comment " + r;
            long t0 = System.nanoTime();
            ValidatedWrites.update(
                    registry,
                    m -> {
                        Resource h = m.createResource(hub.getURI());
                        h.removeAll(RDFS.comment).addProperty(RDFS.comment, text);
                    });
            if (r >= 0) {
                comment[r] = System.nanoTime() - t0;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nScale %dx: %,d triples; hub %s with %,d dependent links; %d rounds%n",
                scale,
                registry.size(),
                hub.getURI(),
                links,
                rounds);
        System.out.printf(Locale.ROOT, "| case | p50 ms | p90 ms | max ms |%n|---|---|---|---|%n");
        row("hub format change, nothing baselined (no marking)", unmarked);
        row("hub format change, baselined (" + links + " links marked)", marked);
        row("hub comment change, baselined (nothing governed)", comment);
    }

    private static long formatChange(Registry registry, Node hub, String value) {
        long t0 = System.nanoTime();
        ValidatedWrites.update(
                registry,
                m -> {
                    Resource h = m.createResource(hub.getURI());
                    h.removeAll(DR.dataFormat).addProperty(DR.dataFormat, value);
                });
        return System.nanoTime() - t0;
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
