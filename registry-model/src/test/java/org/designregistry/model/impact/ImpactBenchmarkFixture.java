package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.synthetic.SyntheticRegistry;

/**
 * One benchmark registry: the MHHS sample at a scale, in an in-memory TDB2 store, with its hub (the
 * resource with the largest downstream set) and a leaf, and ARQ's property path over the same
 * relations. Used by the JMH benchmarks (bench profile only), not by the test suite.
 */
final class ImpactBenchmarkFixture implements AutoCloseable {

    /** The downstream step of every relation that carries change, as in downstream-closure.rq. */
    static final String DOWNSTREAM_PATH =
            "^dr:approves|dr:approvedBy|^dr:carries|dr:carriedBy|^dr:dependsOn|dr:dependencyOf"
                    + "|^dr:describes|dr:describedBy|^dr:publicationOf|dr:publishedAs|^dr:raises"
                    + "|dr:raisedBy|^dr:receivedBy|dr:receives|^dr:sentBy|dr:sends"
                    + "|^dr:triggeredBy|dr:triggers|^dr:uses|dr:usedBy|^dcterms:hasPart"
                    + "|dcterms:isPartOf|^oslc_rm:affectedBy|dr:affects|^oslc_rm:satisfies"
                    + "|oslc_rm:satisfiedBy|^oslc_rm:specifies|oslc_rm:specifiedBy";

    private static final String PREFIXES =
            "PREFIX dr: <https://w3id.org/design-registry#>\n"
                    + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                    + "PREFIX oslc_rm: <http://open-services.net/ns/rm#>\n";

    final int scale;
    final Registry registry;
    final ImpactAnalysis impact;
    final long triples;
    final String hub;
    final int hubHits;
    final String leaf;
    final int leafHits;
    final double loadSeconds;
    private final ExecutorService bigStack;

    ImpactBenchmarkFixture(int scale) {
        this.scale = scale;
        Graph sample = sample();
        Graph synthetic = SyntheticRegistry.from(sample).scale(scale).seed(42).toGraph();
        registry = Registries.createInMemory();
        DatasetGraph ds = registry.dataset();
        long start = System.nanoTime();
        Txn.executeWrite(ds, () -> synthetic.find().forEach(ds.getDefaultGraph()::add));
        loadSeconds = (System.nanoTime() - start) / 1e9;
        triples = registry.size();
        impact = ImpactAnalysis.of(registry);
        ImpactIndex index = impact.index();
        // The hub and leaf are chosen on the sample's own resources (copy 0 keeps their IRIs):
        // every resource's downstream set is measured there, the largest few again at this scale.
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < index.nodeCount(); i++) {
            String iri = index.iri(i);
            if (!iri.matches(".*-x[0-9]+$")) {
                candidates.add(iri);
            }
        }
        List<long[]> sizes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            sizes.add(new long[] {count(index, candidates.get(i)), i});
        }
        sizes.sort(Comparator.comparingLong((long[] s) -> -s[0]).thenComparingLong(s -> s[1]));
        hub = candidates.get((int) sizes.get(0)[1]);
        hubHits = (int) sizes.get(0)[0];
        long[] smallest =
                sizes.stream()
                        .filter(s -> s[0] > 0)
                        .min(
                                Comparator.comparingLong((long[] s) -> s[0])
                                        .thenComparingLong(s -> s[1]))
                        .orElseThrow();
        leaf = candidates.get((int) smallest[1]);
        leafHits = (int) smallest[0];
        bigStack =
                Executors.newSingleThreadExecutor(
                        r -> new Thread(null, r, "arq-big-stack", 512L * 1024 * 1024));
    }

    private static long count(ImpactIndex index, String iri) {
        long n = -1;
        for (String ignored : ImpactTraverser.downstream(index).breadthFirst(iri)) {
            n++;
        }
        return n;
    }

    static Graph sample() {
        Graph sample = GraphMemFactory.createDefaultGraph();
        for (RdfSource source : RdfSource.classpathManifest("samples/mhhs/manifest.ttl")) {
            source.parse().find().forEach(sample::add);
        }
        return sample;
    }

    /** Returns the downstream walk of a resource with a path for every hit, without details. */
    ImpactReport walk(String iri) {
        return impact.analyse(ImpactQuery.from(iri).details(false).build());
    }

    /** Returns the full report: the walk, then owners, status and approvals of every hit. */
    ImpactReport report(String iri) {
        return impact.analyse(ImpactQuery.from(iri).build());
    }

    /** Returns the number of resources ARQ's property path reaches, on a 512 MB stack. */
    int arq(String iri) throws Exception {
        Query query =
                QueryFactory.create(
                        PREFIXES
                                + "SELECT DISTINCT ?x { <"
                                + iri
                                + "> ("
                                + DOWNSTREAM_PATH
                                + ")+ ?x FILTER(?x != <"
                                + iri
                                + ">) }");
        Future<Integer> result =
                bigStack.submit(
                        () ->
                                Txn.calculateRead(
                                        registry.dataset(),
                                        () -> {
                                            try (QueryExecution exec =
                                                    QueryExecution.dataset(
                                                                    org.apache.jena.query
                                                                            .DatasetFactory.wrap(
                                                                            registry.dataset()))
                                                            .query(query)
                                                            .build()) {
                                                int n = 0;
                                                var rs = exec.execSelect();
                                                while (rs.hasNext()) {
                                                    rs.next();
                                                    n++;
                                                }
                                                return n;
                                            }
                                        }));
        return result.get();
    }

    @Override
    public void close() {
        bigStack.shutdownNow();
        registry.close();
    }
}
