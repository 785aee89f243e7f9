package org.designregistry.server.bench;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registry;

/**
 * A minimal scaler: the MHHS sample replicated {@code scale} times, copy {@code k > 0} with its
 * resource IRIs and identifiers suffixed {@code -k} (so {@code IF-041} has copies {@code IF-041-1}
 * ...) and every label and description unchanged, so that each text query matches {@code scale}
 * times as many resources. Terms (types, statuses) are shared by all copies.
 */
final class ReplicatedSample implements ScaledRegistries {

    private static final String SAMPLE = "samples/mhhs/manifest.ttl";
    private static final String DATA_NS = "https://registry.mhhs.example/id/";

    @Override
    public void populate(Registry registry, int scale) {
        Graph sample = GraphMemFactory.createDefaultGraph();
        for (RdfSource source : RdfSource.classpathManifest(SAMPLE)) {
            source.parse().find().forEach(sample::add);
        }
        List<Triple> triples = sample.find().toList();
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(
                dataset,
                () -> {
                    Graph target = dataset.getDefaultGraph();
                    for (int k = 0; k < scale; k++) {
                        for (Triple t : triples) {
                            target.add(copy(t, k));
                        }
                    }
                });
    }

    private static Triple copy(Triple t, int k) {
        if (k == 0) {
            return t;
        }
        Node o = t.getObject();
        if (t.getPredicate().equals(DCTerms.identifier.asNode()) && o.isLiteral()) {
            o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "-" + k);
        } else {
            o = copy(o, k);
        }
        return Triple.create(copy(t.getSubject(), k), t.getPredicate(), o);
    }

    private static Node copy(Node n, int k) {
        return n.isURI() && n.getURI().startsWith(DATA_NS)
                ? NodeFactory.createURI(n.getURI() + "-" + k)
                : n;
    }
}
