package org.designregistry.model.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * What validating one focus node may read of the data graph, stated as chains of triples that start
 * at the focus node: at each depth (the number of triples between the focus node and the node read
 * from), the predicates of the triples read forwards (from that node as subject) and backwards
 * (from it as object). {@link Node#ANY} stands for any predicate.
 *
 * <p>A write changes the results of focus node F only if it changes a triple that such a chain from
 * F reads, so {@link AffectedNodes} walks those chains back from the changed triples. Shapes whose
 * reads cannot be bounded this way (recursive shapes, {@code sh:zeroOrMorePath}, a SPARQL query
 * that reads beyond what $this links to) make the reads {@linkplain #isBounded() unbounded}, and
 * every write is then validated over the whole graph. Predicates read transitively through the
 * terms ({@code rdfs:subClassOf}, for class targets and {@code sh:class}) are kept apart: a write
 * that changes one of them is validated over the whole graph too.
 */
final class Reads {

    /** The deepest chain kept; deeper reads count as unbounded. */
    static final int MAX_DEPTH = 8;

    private final List<Set<Node>> forward = new ArrayList<>();
    private final List<Set<Node>> backward = new ArrayList<>();
    private final Set<Node> transitive = new HashSet<>();
    private String unbounded;

    void forward(int depth, Node predicate) {
        add(forward, depth, predicate);
    }

    void backward(int depth, Node predicate) {
        add(backward, depth, predicate);
    }

    /** Notes a predicate that validation follows any number of times, such as rdfs:subClassOf. */
    void transitive(Node predicate) {
        transitive.add(predicate);
    }

    /** Notes that validation may read further than any chain this can state, and why. */
    void unbounded(String reason) {
        if (unbounded == null) {
            unbounded = reason;
        }
    }

    boolean isBounded() {
        return unbounded == null;
    }

    /** Returns why the reads are unbounded, if they are. */
    Optional<String> unboundedReason() {
        return Optional.ofNullable(unbounded);
    }

    /**
     * Returns the deepest depth read from: 0 when the shapes read only the focus node's triples, -1
     * when they read nothing.
     */
    int radius() {
        return Math.max(forward.size(), backward.size()) - 1;
    }

    /** Returns the predicates read forwards at a depth, possibly {@link Node#ANY}. */
    Set<Node> forward(int depth) {
        return depth < forward.size() ? forward.get(depth) : Set.of();
    }

    /** Returns the predicates read backwards at a depth, possibly {@link Node#ANY}. */
    Set<Node> backward(int depth) {
        return depth < backward.size() ? backward.get(depth) : Set.of();
    }

    Set<Node> transitive() {
        return transitive;
    }

    /** Returns true when {@code predicates} holds {@code predicate} or {@link Node#ANY}. */
    static boolean matches(Set<Node> predicates, Node predicate) {
        return predicates.contains(Node.ANY) || predicates.contains(predicate);
    }

    /** Returns the reads depth by depth, for messages: {@code 0: ->[...] <-[...]; 1: ...}. */
    @Override
    public String toString() {
        if (!isBounded()) {
            return "unbounded: " + unbounded;
        }
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth <= radius(); depth++) {
            text.append(depth == 0 ? "" : "; ")
                    .append(depth)
                    .append(": ->")
                    .append(new TreeSet<>(names(forward(depth))))
                    .append(" <-")
                    .append(new TreeSet<>(names(backward(depth))));
        }
        return text.toString();
    }

    private static List<String> names(Set<Node> predicates) {
        return predicates.stream().map(p -> p.isURI() ? p.getLocalName() : p.toString()).toList();
    }

    private void add(List<Set<Node>> levels, int depth, Node predicate) {
        if (depth > MAX_DEPTH) {
            unbounded("a chain of reads is longer than " + MAX_DEPTH + " triples");
            return;
        }
        while (levels.size() <= depth) {
            levels.add(new HashSet<>());
        }
        levels.get(depth).add(predicate.isVariable() ? Node.ANY : predicate);
    }
}
