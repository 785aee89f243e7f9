package org.designregistry.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;

/**
 * The patterns a computation looked up in a graph ({@link ReadRecordingGraph}), so that one can
 * tell afterwards whether a change to the graph could have altered any answer it was given.
 *
 * <p>A computation that reads a graph only through lookups, and depends only on their answers,
 * gives the same result over another graph that answers every one of its lookups the same way. A
 * lookup's answer changes only when an added or removed triple matches its pattern. So when no
 * triple of a change matches a recorded pattern, the computation's result stands: this is the read
 * set of optimistic concurrency control, applied to a write's validation.
 *
 * <p>Patterns are indexed by their subject, else their object, else their predicate, so matching a
 * triple costs a few hash lookups whatever the number of patterns. A lookup of the whole graph, or
 * more than {@value #MAX_PATTERNS} patterns, count as having read everything. Literals are compared
 * by their canonical form, as the store matches them by value ({@code "01"^^xsd:integer} finds
 * {@code "1"^^xsd:integer}).
 */
final class ReadSet {

    /** The most patterns kept; a computation that looks up more is taken to read everything. */
    static final int MAX_PATTERNS = 20_000;

    private final Map<Node, List<Triple>> bySubject = new HashMap<>();
    private final Map<Node, List<Triple>> byObject = new HashMap<>();
    private final Set<Node> byPredicate = new HashSet<>();
    private int patterns;
    private boolean everything;

    /** Returns a read set that holds nothing: no change can touch it. */
    static ReadSet none() {
        return new ReadSet();
    }

    /** Notes a lookup of {@code (s, p, o)}, where a node that is not concrete matches any. */
    synchronized void lookedUp(Node s, Node p, Node o) {
        if (everything) {
            return;
        }
        if (++patterns > MAX_PATTERNS) {
            readEverything();
            return;
        }
        Triple pattern = Triple.create(wildcard(s), wildcard(p), canonical(wildcard(o)));
        if (pattern.getSubject().isConcrete()) {
            bySubject.computeIfAbsent(pattern.getSubject(), n -> new ArrayList<>()).add(pattern);
        } else if (pattern.getObject().isConcrete()) {
            byObject.computeIfAbsent(pattern.getObject(), n -> new ArrayList<>()).add(pattern);
        } else if (pattern.getPredicate().isConcrete()) {
            byPredicate.add(pattern.getPredicate());
        } else {
            readEverything();
        }
    }

    /** Notes a read of the whole graph (its size, for one): any change touches it. */
    synchronized void readEverything() {
        everything = true;
        bySubject.clear();
        byObject.clear();
        byPredicate.clear();
    }

    /** Returns true when one of {@code triples} matches a pattern looked up. */
    synchronized boolean touchedByAny(Collection<Triple> triples) {
        if (triples.isEmpty()) {
            return false;
        }
        if (everything) {
            return true;
        }
        for (Triple triple : triples) {
            if (touchedBy(triple)) {
                return true;
            }
        }
        return false;
    }

    private boolean touchedBy(Triple triple) {
        if (byPredicate.contains(triple.getPredicate())) {
            return true;
        }
        Node object = canonical(triple.getObject());
        return matchesAny(bySubject.get(triple.getSubject()), triple.getPredicate(), object)
                || matchesAny(byObject.get(object), triple.getPredicate(), object);
    }

    private static boolean matchesAny(List<Triple> patterns, Node predicate, Node object) {
        if (patterns == null) {
            return false;
        }
        for (Triple pattern : patterns) {
            if (matches(pattern.getPredicate(), predicate)
                    && matches(pattern.getObject(), object)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Node pattern, Node node) {
        return !pattern.isConcrete() || pattern.equals(node);
    }

    private static Node wildcard(Node node) {
        return node == null || !node.isConcrete() ? Node.ANY : node;
    }

    private static Node canonical(Node node) {
        return node.isLiteral() ? CanonicalizeLiteral.get().apply(node) : node;
    }
}
