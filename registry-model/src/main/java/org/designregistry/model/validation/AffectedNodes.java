package org.designregistry.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;

/**
 * Finds the focus nodes whose validation results a change to some triples can alter: those from
 * which a chain of {@link Reads} reaches a changed triple. A changed triple read forwards at depth
 * d is reached from its subject, read backwards from its object; walking back d steps from there
 * along the triples read at each depth, in the graph as the change leaves it, ends at the focus
 * nodes.
 *
 * <p>The graph before the change needs no walk of its own: on a chain that reads a changed triple
 * in the graph before the change, the first changed triple is a changed triple that the walk starts
 * from, and the chain up to it is unchanged.
 *
 * <p>Some changes are validated over the whole graph instead (the answer is empty): any change when
 * the shapes' reads are unbounded; more than {@value RegistryValidator#MAX_CHANGED_TRIPLES} changed
 * triples; a change to the terms (a triple about a class, property, concept or scheme that the
 * terms describe, or a predicate read transitively such as {@code rdfs:subClassOf}); and a change
 * that reaches more than {@value RegistryValidator#MAX_AFFECTED_NODES} nodes at some depth
 * (retyping many resources, for one, reaches everything that links to them), where validating node
 * by node would cost more than the whole graph.
 */
final class AffectedNodes {

    private final Reads reads;

    AffectedNodes(Reads reads) {
        this.reads = reads;
    }

    /**
     * Returns the focus nodes whose results the changes can alter, or empty when the whole graph
     * must be validated.
     *
     * @param data the data graph as the change leaves it
     * @param terms the terms that validation reads with the data
     * @param changed the triples added or removed
     */
    Optional<Set<Node>> of(Graph data, Graph terms, Collection<Triple> changed) {
        if (!reads.isBounded() || changed.size() > RegistryValidator.MAX_CHANGED_TRIPLES) {
            return Optional.empty();
        }
        int radius = reads.radius();
        List<Set<Node>> starts = new ArrayList<>();
        for (int depth = 0; depth <= radius; depth++) {
            starts.add(new HashSet<>());
        }
        for (Triple triple : changed) {
            if (reads.transitive().contains(triple.getPredicate())
                    || terms.contains(triple.getSubject(), Node.ANY, Node.ANY)) {
                return Optional.empty();
            }
            for (int depth = 0; depth <= radius; depth++) {
                if (Reads.matches(reads.forward(depth), triple.getPredicate())) {
                    starts.get(depth).add(triple.getSubject());
                }
                if (Reads.matches(reads.backward(depth), triple.getPredicate())) {
                    starts.get(depth).add(triple.getObject());
                }
            }
        }
        Graph graph = new Union(data, terms);
        Set<Node> nodes = new HashSet<>();
        for (int depth = radius; depth >= 0; depth--) {
            nodes = back(graph, nodes, depth);
            nodes.addAll(starts.get(depth));
            if (nodes.size() > RegistryValidator.MAX_AFFECTED_NODES) {
                return Optional.empty();
            }
        }
        return Optional.of(nodes);
    }

    /**
     * Returns the nodes one step before {@code nodes} on a chain, by the reads at {@code depth}.
     */
    private Set<Node> back(Graph graph, Set<Node> nodes, int depth) {
        Set<Node> forward = reads.forward(depth);
        Set<Node> backward = reads.backward(depth);
        Set<Node> before = new HashSet<>();
        for (Node node : nodes) {
            if (!forward.isEmpty()) {
                graph.find(Node.ANY, Node.ANY, node)
                        .filterKeep(t -> Reads.matches(forward, t.getPredicate()))
                        .forEach(t -> before.add(t.getSubject()));
            }
            if (!backward.isEmpty() && !node.isLiteral()) {
                graph.find(node, Node.ANY, Node.ANY)
                        .filterKeep(t -> Reads.matches(backward, t.getPredicate()))
                        .forEach(t -> before.add(t.getObject()));
            }
        }
        return before;
    }
}
