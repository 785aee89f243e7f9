package org.designregistry.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;

/**
 * Tells whether validating some focus nodes may read any of some triples: the forward twin of
 * {@link AffectedNodes}. From the focus nodes it walks out along the {@link Reads} of each depth,
 * in the graph as it stands, and looks at each depth for a triple among those given that the nodes
 * reached read there. On a chain that reads one of the triples in another graph that differs from
 * this one only by those triples, the first of them is reached by triples this graph has too, so
 * one walk answers for both.
 *
 * <p>It answers yes whenever it cannot be sure: the shapes' reads have no bound, one of the triples
 * is about the terms or uses a predicate read transitively, or the walk reaches more than {@value
 * RegistryValidator#MAX_AFFECTED_NODES} nodes at some depth.
 */
final class ValidationReads {

    private final Reads reads;

    ValidationReads(Reads reads) {
        this.reads = reads;
    }

    boolean mayRead(Graph data, Graph terms, Set<Node> focusNodes, Collection<Triple> triples) {
        if (triples.isEmpty() || focusNodes.isEmpty()) {
            return false;
        }
        if (!reads.isBounded()) {
            return true;
        }
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        Map<Node, List<Triple>> byObject = new HashMap<>();
        for (Triple triple : triples) {
            if (reads.transitive().contains(triple.getPredicate())
                    || terms.contains(triple.getSubject(), Node.ANY, Node.ANY)) {
                return true;
            }
            bySubject.computeIfAbsent(triple.getSubject(), n -> new ArrayList<>()).add(triple);
            byObject.computeIfAbsent(triple.getObject(), n -> new ArrayList<>()).add(triple);
        }
        Graph graph = new Union(data, terms);
        Set<Node> level = new HashSet<>(focusNodes);
        for (int depth = 0; depth <= reads.radius(); depth++) {
            Set<Node> forward = reads.forward(depth);
            Set<Node> backward = reads.backward(depth);
            for (Node node : level) {
                if (readsAny(forward, bySubject.get(node))
                        || readsAny(backward, byObject.get(node))) {
                    return true;
                }
            }
            if (depth == reads.radius()) {
                break;
            }
            level = next(graph, level, forward, backward);
            if (level.size() > RegistryValidator.MAX_AFFECTED_NODES) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsAny(Set<Node> predicates, List<Triple> triples) {
        return triples != null
                && !predicates.isEmpty()
                && triples.stream().anyMatch(t -> Reads.matches(predicates, t.getPredicate()));
    }

    /** The nodes one step further on a chain from {@code nodes}, by the reads at that depth. */
    private static Set<Node> next(
            Graph graph, Set<Node> nodes, Set<Node> forward, Set<Node> backward) {
        Set<Node> after = new HashSet<>();
        for (Node node : nodes) {
            if (!forward.isEmpty() && !node.isLiteral()) {
                graph.find(node, Node.ANY, Node.ANY)
                        .filterKeep(t -> Reads.matches(forward, t.getPredicate()))
                        .forEach(t -> after.add(t.getObject()));
            }
            if (!backward.isEmpty()) {
                graph.find(Node.ANY, Node.ANY, node)
                        .filterKeep(t -> Reads.matches(backward, t.getPredicate()))
                        .forEach(t -> after.add(t.getSubject()));
            }
        }
        return after;
    }
}
