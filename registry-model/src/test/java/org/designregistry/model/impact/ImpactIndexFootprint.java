package org.designregistry.model.impact;

import java.util.Arrays;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.designregistry.ontology.RegistryOntology;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints, per scale, the impact index's size in memory (measured with JOL: every object reachable
 * from the index, IRI strings included) per edge, and its build time from the store (median of five
 * builds in one read transaction each). Bench profile only; see {@code docs/benchmarks.md}.
 */
public final class ImpactIndexFootprint {

    private ImpactIndexFootprint() {}

    public static void main(String[] args) throws Exception {
        int[] scales =
                args.length == 0
                        ? new int[] {1, 10, 100}
                        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var terms = new GraphReadOnly(RegistryOntology.terms().getGraph());
        System.out.println(
                "| Scale | Triples | Indexed resources | Edges | Index bytes | Bytes per edge | Build"
                        + " (median of 5) | Hub downstream | Leaf downstream |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int scale : scales) {
            try (ImpactBenchmarkFixture f = new ImpactBenchmarkFixture(scale)) {
                ImpactIndex index = f.impact.index();
                long bytes = GraphLayout.parseInstance(index).totalSize();
                double[] ms = new double[5];
                for (int i = 0; i < ms.length; i++) {
                    long start = System.nanoTime();
                    Txn.executeRead(
                            f.registry.dataset(),
                            () ->
                                    IndexBuilder.build(
                                            f.registry.dataset().getDefaultGraph(), terms, 0));
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(
                        "| %dx | %,d | %,d | %,d | %,d | %.1f | %.0f ms | %,d (%s) | %,d (%s) |%n",
                        scale,
                        f.triples,
                        index.nodeCount(),
                        index.edgeCount(),
                        bytes,
                        (double) bytes / index.edgeCount(),
                        ms[2],
                        f.hubHits,
                        f.hub.substring(f.hub.indexOf("/id/") + 4),
                        f.leafHits,
                        f.leaf.substring(f.leaf.indexOf("/id/") + 4));
            }
        }
    }
}
