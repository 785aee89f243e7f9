package org.designregistry.server.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.ontology.DR;

/**
 * A cycle of nodes linked by {@code dr:dependsOn} to the next and {@code dr:uses} to the one after,
 * in a named graph: every node reaches every other, so ARQ's recursive evaluation of {@code
 * (dr:dependsOn|dr:uses)+} from one node goes as deep as the cycle is long.
 */
final class CyclicGraph {

    static final String GRAPH = "urn:test:cycle";

    private CyclicGraph() {}

    /** Adds the cycle of {@code size} nodes {@code urn:test:node/0...} to the named graph. */
    static void load(DatasetGraph dataset, int size) {
        Txn.executeWrite(
                dataset,
                () -> {
                    Graph graph = dataset.getGraph(NodeFactory.createURI(GRAPH));
                    for (int i = 0; i < size; i++) {
                        graph.add(node(i), DR.dependsOn.asNode(), node((i + 1) % size));
                        graph.add(node(i), DR.uses.asNode(), node((i + 2) % size));
                    }
                });
    }

    static Node node(int i) {
        return NodeFactory.createURI("urn:test:node/" + i);
    }

    /** Returns a query counting the nodes reachable from node 0. */
    static String reachableFromStart() {
        return "PREFIX dr: <https://w3id.org/design-registry#>\n"
                + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH <"
                + GRAPH
                + "> { <urn:test:node/0> (dr:dependsOn|dr:uses)+ ?x } }";
    }

    /** Returns a query over every pair of connected nodes: about size squared, a runaway. */
    static String everyPair() {
        return "PREFIX dr: <https://w3id.org/design-registry#>\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <"
                + GRAPH
                + "> { ?a (dr:dependsOn|dr:uses)+ ?b } }";
    }
}
