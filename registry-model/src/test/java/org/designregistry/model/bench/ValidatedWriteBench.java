package org.designregistry.model.bench;

import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.Resources;
import org.designregistry.ontology.DR;

/**
 * The cost of a validated write on the MHHS sample, side by side with an unvalidated one and a
 * plain read: run with the test classpath, {@code java ... ValidatedWriteBench [rounds]}. Not a
 * test; figures go to {@code docs/benchmarks.md}.
 */
public final class ValidatedWriteBench {

    private ValidatedWriteBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        try (Registry registry = Registries.createInMemory()) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            Resources resources = Resources.of(registry, "https://registry.mhhs.example/id/");
            String des138 = resources.resolve(Ref.parse("DES138"));
            Resource subject = ResourceFactory.createResource(des138);
            System.out.printf(
                    Locale.ROOT, "MHHS sample: %,d triples, %d rounds%n", registry.size(), rounds);
            for (int warm = 0; warm < 2; warm++) {
                long[] validated = new long[rounds];
                long[] raw = new long[rounds];
                long[] refused = new long[rounds];
                long[] describe = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    String text = "comment " + warm + "-" + i;
                    long t0 = System.nanoTime();
                    registry.update(m -> m.add(subject, RDFS.comment, text));
                    long t1 = System.nanoTime();
                    Txn.executeWrite(
                            registry.dataset(),
                            () ->
                                    registry.dataset()
                                            .getDefaultGraph()
                                            .add(
                                                    subject.asNode(),
                                                    RDFS.seeAlso.asNode(),
                                                    NodeFactory.createLiteralString(text)));
                    long t2 = System.nanoTime();
                    try {
                        registry.update(m -> m.removeAll(subject, DR.ownedBy, null));
                    } catch (ShapeViolationException expected) {
                        // refused, as it should be
                    }
                    long t3 = System.nanoTime();
                    resources.describe(des138);
                    long t4 = System.nanoTime();
                    validated[i] = t1 - t0;
                    raw[i] = t2 - t1;
                    refused[i] = t3 - t2;
                    describe[i] = t4 - t3;
                }
                if (warm == 1) {
                    print("validated write (conforming)", validated);
                    print("unvalidated write", raw);
                    print("validated write (refused)", refused);
                    print("describe DES138", describe);
                }
            }
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-30s p50 %8.2f ms   p90 %8.2f ms%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6);
    }
}
