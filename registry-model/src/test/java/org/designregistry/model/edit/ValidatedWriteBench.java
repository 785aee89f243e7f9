package org.designregistry.model.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.synthetic.SyntheticRegistry;
import org.designregistry.ontology.DR;

/**
 * The cost of validated writes, each checked on the focus nodes it can affect and, side by side in
 * the same round, over the whole graph, on the MHHS sample and on synthetic registries of 10 and
 * 100 times its size; an unvalidated write for reference. Not a test; figures go to {@code
 * docs/benchmarks.md}. Run with the test classpath:
 *
 * <pre>{@code
 * java ... org.designregistry.model.edit.ValidatedWriteBench 1:30 10:10 100:3
 * }</pre>
 *
 * <p>Each argument is a scale and the rounds to measure there, after one round of warm-up (two at
 * scale 1). In every round each write runs once with each check, the order of the two alternating
 * from round to round. A last row compares validating every resource one by one with validating the
 * whole graph, without writing: what a focus node costs beside its share of the whole graph.
 */
public final class ValidatedWriteBench {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static final Node DES138 = NodeFactory.createURI(ID + "artefact/DES138");
    private static final Node DAG = NodeFactory.createURI(ID + "body/DAG");
    private static final String LEVEL = "https://w3id.org/design-registry/level/Level";

    private ValidatedWriteBench() {}

    /** One write: its name, whether it must be refused, and the change it makes in run i. */
    private record Write(String name, boolean refused, Change change) {}

    @FunctionalInterface
    private interface Change {
        void apply(Graph graph, int round);
    }

    public static void main(String[] args) {
        List<String> scales = args.length > 0 ? List.of(args) : List.of("1:30", "10:10");
        Graph sample = sample();
        for (String scaleAndRounds : scales) {
            String[] parts = scaleAndRounds.split(":");
            int scale = Integer.parseInt(parts[0]);
            int rounds = parts.length > 1 ? Integer.parseInt(parts[1]) : 10;
            try (Registry registry = Registries.createInMemory()) {
                Graph data = SyntheticRegistry.from(sample).scale(scale).seed(42).toGraph();
                DatasetGraph ds = registry.dataset();
                Txn.executeWrite(ds, () -> data.find().forEach(ds.getDefaultGraph()::add));
                run(registry, scale, rounds);
            }
        }
    }

    private static void run(Registry registry, int scale, int rounds) {
        List<Node> artefacts =
                registry.read(
                        m ->
                                m.getGraph()
                                        .find(Node.ANY, RDF.Nodes.type, DR.DesignArtefact.asNode())
                                        .mapWith(Triple::getSubject)
                                        .toList());
        List<Write> writes = writes(artefacts);
        long violations =
                registry.validate().violations().stream()
                        .filter(v -> v.severity().name().equals("VIOLATION"))
                        .count();
        System.out.printf(
                Locale.ROOT,
                "%nScale %dx: %,d triples, %,d violations already stored; %d rounds%n",
                scale,
                registry.size(),
                violations,
                rounds);
        // How many focus nodes each write affects, before any of them has run.
        Map<String, String> focus = new LinkedHashMap<>();
        writes.forEach(w -> focus.put(w.name(), focus(registry, w)));
        Map<String, long[][]> times = new LinkedHashMap<>();
        writes.forEach(w -> times.put(w.name(), new long[2][rounds]));
        long[] raw = new long[rounds];
        int warmUp = scale == 1 ? 2 : 1;
        for (int round = -warmUp; round < rounds; round++) {
            for (Write write : writes) {
                for (int k = 0; k < 2; k++) {
                    // Alternate which check goes first.
                    int which = (k + Math.max(round, 0)) % 2;
                    WriteCheck check =
                            which == 0 ? WriteCheck.AFFECTED_NODES : WriteCheck.WHOLE_GRAPH;
                    // Each run makes a change of its own, so that neither check sees a no-op.
                    long nanos = time(registry, check, write, 2 * (round + warmUp) + k);
                    if (round >= 0) {
                        times.get(write.name())[which][round] = nanos;
                    }
                }
            }
            int n = round + warmUp;
            long t0 = System.nanoTime();
            Txn.executeWrite(
                    registry.dataset(),
                    () ->
                            registry.dataset()
                                    .getDefaultGraph()
                                    .add(DES138, RDFS.seeAlso.asNode(), literal("raw " + n)));
            if (round >= 0) {
                raw[round] = System.nanoTime() - t0;
            }
        }
        System.out.println(
                "| write | focus nodes | checked on focus nodes p50 / p90 | checked on the whole graph p50 / p90 | whole ÷ focus (p50) |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Write write : writes) {
            long[][] t = times.get(write.name());
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s |%n",
                    write.name(),
                    focus.get(write.name()),
                    p50p90(t[0]),
                    p50p90(t[1]),
                    ratio(t[1], t[0]));
        }
        System.out.printf(
                Locale.ROOT,
                "| a write without validation (one triple added to DES138) | | %s | | |%n",
                p50p90(raw));
        oneByOne(registry, rounds);
    }

    /**
     * Compares validating every typed resource one by one, as the check on focus nodes does, with
     * validating the whole graph: the cost per node of the narrow check, read only.
     */
    private static void oneByOne(Registry registry, int rounds) {
        Set<Node> resources =
                registry.read(
                        m ->
                                m.getGraph()
                                        .find(Node.ANY, RDF.Nodes.type, Node.ANY)
                                        .mapWith(Triple::getSubject)
                                        .toSet());
        long[][] t = new long[2][rounds];
        for (int round = -1; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int which = (k + Math.max(round, 0)) % 2;
                long start = System.nanoTime();
                if (which == 0) {
                    registry.validate(resources);
                } else {
                    registry.validate();
                }
                if (round >= 0) {
                    t[which][round] = System.nanoTime() - start;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "| every resource validated one by one (no write) | %,d | %s | %s | %s |%n",
                resources.size(),
                p50p90(t[0]),
                p50p90(t[1]),
                ratio(t[1], t[0]));
    }

    private static List<Write> writes(List<Node> artefacts) {
        List<Write> writes = new ArrayList<>();
        writes.add(
                new Write(
                        "comment on DES138 (no shape reads it)",
                        false,
                        (g, i) -> g.add(DES138, RDFS.comment.asNode(), literal("comment " + i))));
        writes.add(
                new Write(
                        "title of DES138 replaced",
                        false,
                        (g, i) -> {
                            g.remove(DES138, DCTerms.title.asNode(), Node.ANY);
                            g.add(
                                    DES138,
                                    DCTerms.title.asNode(),
                                    literal("Interface Catalogue " + i));
                        }));
        writes.add(
                new Write(
                        "DES138 dependsOn another artefact, or not",
                        false,
                        (g, i) -> {
                            Node other = artefacts.get(i / 2 % artefacts.size());
                            if (i % 2 == 0) {
                                g.add(DES138, DR.dependsOn.asNode(), other);
                            } else {
                                g.delete(DES138, DR.dependsOn.asNode(), other);
                            }
                        }));
        writes.add(
                new Write(
                        "DES138 saved from the edit form (all restated, title changed)",
                        false,
                        (g, i) -> {
                            // As the form saves: delete what the resource states, add it back.
                            List<Triple> stated = g.find(DES138, Node.ANY, Node.ANY).toList();
                            stated.forEach(g::delete);
                            for (Triple t : stated) {
                                g.add(
                                        t.getPredicate().equals(DCTerms.title.asNode())
                                                ? Triple.create(
                                                        DES138,
                                                        DCTerms.title.asNode(),
                                                        literal("Interface Catalogue, saved " + i))
                                                : t);
                            }
                        }));
        writes.add(
                new Write(
                        "DAG's level 3 and 2 in turn (2 hops)",
                        false,
                        (g, i) -> level(g, i % 2 == 0 ? 2 : 3)));
        writes.add(
                new Write(
                        "owners of DES138 removed (refused)",
                        true,
                        (g, i) -> g.remove(DES138, DR.ownedBy.asNode(), Node.ANY)));
        writes.add(new Write("DAG's level 4 (refused, 2 hops)", true, (g, i) -> level(g, 4)));
        return writes;
    }

    private static void level(Graph graph, int level) {
        graph.remove(DAG, DR.governanceLevel.asNode(), Node.ANY);
        graph.add(DAG, DR.governanceLevel.asNode(), NodeFactory.createURI(LEVEL + level));
    }

    private static long time(Registry registry, WriteCheck check, Write write, int round) {
        DatasetGraph guarded = ValidatedWrites.guard(registry, WriteRights.unrestricted(), check);
        long start = System.nanoTime();
        try {
            Txn.executeWrite(guarded, () -> write.change().apply(guarded.getDefaultGraph(), round));
            if (write.refused()) {
                throw new IllegalStateException(write.name() + " was not refused");
            }
        } catch (ShapeViolationException e) {
            if (!write.refused()) {
                throw new IllegalStateException(
                        write.name() + " was refused: " + e.getMessage(), e);
            }
        }
        return System.nanoTime() - start;
    }

    /** Returns how many focus nodes the write affects, or "whole graph". */
    private static String focus(Registry registry, Write write) {
        DatasetGraph dataset = registry.dataset();
        dataset.begin(TxnType.WRITE);
        try {
            Graph graph = dataset.getDefaultGraph();
            // The writes change only what DES138 and DAG state.
            List<Triple> before = new ArrayList<>(graph.find(DES138, Node.ANY, Node.ANY).toList());
            before.addAll(graph.find(DAG, Node.ANY, Node.ANY).toList());
            write.change().apply(graph, 0);
            List<Triple> changed = new ArrayList<>(graph.find(DES138, Node.ANY, Node.ANY).toList());
            changed.addAll(graph.find(DAG, Node.ANY, Node.ANY).toList());
            List<Triple> removed = before.stream().filter(t -> !changed.contains(t)).toList();
            changed.removeAll(before);
            changed.addAll(removed);
            return registry.affectedFocusNodes(changed)
                    .map(nodes -> String.format(Locale.ROOT, "%,d", nodes.size()))
                    .orElse("whole graph");
        } finally {
            dataset.abort();
            dataset.end();
        }
    }

    private static Graph sample() {
        Graph sample = GraphMemFactory.createDefaultGraph();
        for (RdfSource source : RdfSource.classpathManifest("samples/mhhs/manifest.ttl")) {
            source.parse().find().forEach(sample::add);
        }
        return sample;
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static String p50p90(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%s / %s ms",
                ms(sorted[sorted.length / 2]),
                ms(sorted[sorted.length * 9 / 10]));
    }

    private static String ratio(long[] whole, long[] affected) {
        long[] w = whole.clone();
        long[] a = affected.clone();
        Arrays.sort(w);
        Arrays.sort(a);
        double ratio = (double) w[w.length / 2] / a[a.length / 2];
        return String.format(Locale.ROOT, ratio < 10 ? "%.1fx" : "%.0fx", ratio);
    }

    private static String ms(long nanos) {
        double ms = nanos / 1e6;
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.0f", ms);
    }
}
