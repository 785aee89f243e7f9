package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;

/**
 * Which way each relation carries change: its own {@code dr:changePropagates} annotation or, for a
 * relation without one, the direction it inherits from a super-property ({@code
 * rdfs:subPropertyOf}, the same way) or from an annotated inverse ({@code owl:inverseOf}, the
 * opposite way), so that a programme can declare its own relations in Turtle and have impact follow
 * them.
 *
 * <p>A relation annotated both ways (in one graph or across the terms and the data) is ambiguous:
 * it is listed in {@link #ambiguous()}, and takes {@code dr:toSubject}, as the ontology's shapes
 * refuse it anyway ({@code drsh:ChangePropagatesShape}). Inheritance runs to a fixed point in IRI
 * order, so a relation that could inherit both ways takes the first found: its own annotation, then
 * a super-property's, then an inverse's.
 */
final class PropagationDirections {

    private final Map<String, Boolean> dependentIsSubject;
    private final List<String> ambiguous;

    private PropagationDirections(Map<String, Boolean> dependentIsSubject, List<String> ambiguous) {
        this.dependentIsSubject = dependentIsSubject;
        this.ambiguous = ambiguous;
    }

    /**
     * Returns, by relation IRI in IRI order, true when the subject of its triples depends on the
     * object ({@code dr:toSubject}), false for the reverse; relations that carry no change are
     * absent.
     */
    Map<String, Boolean> dependentIsSubject() {
        return dependentIsSubject;
    }

    /** Returns the relations annotated to carry change both ways, in IRI order. */
    List<String> ambiguous() {
        return ambiguous;
    }

    /** Reads the annotations and the declarations they are inherited through from both graphs. */
    static PropagationDirections read(Graph terms, Graph data) {
        Map<String, Boolean> directions = new TreeMap<>();
        Set<String> toObject = new TreeSet<>();
        for (Graph g : List.of(terms, data)) {
            g.find(Node.ANY, DR.changePropagates.asNode(), Node.ANY)
                    .forEach(
                            t -> {
                                if (!t.getSubject().isURI()) {
                                    return;
                                }
                                String p = t.getSubject().getURI();
                                if (t.getObject().equals(DR.toSubject.asNode())) {
                                    directions.put(p, true);
                                } else if (t.getObject().equals(DR.toObject.asNode())) {
                                    toObject.add(p);
                                }
                            });
        }
        List<String> ambiguous = new ArrayList<>();
        for (String p : toObject) {
            if (directions.containsKey(p)) {
                ambiguous.add(p);
            } else {
                directions.put(p, false);
            }
        }
        inherit(
                directions,
                pairs(terms, data, RDFS.subPropertyOf),
                pairs(terms, data, OWL.inverseOf));
        return new PropagationDirections(directions, List.copyOf(ambiguous));
    }

    /**
     * Gives each relation without a direction the one of its super-property, or the opposite of its
     * inverse's, until nothing changes.
     */
    private static void inherit(
            Map<String, Boolean> directions, List<String[]> subSuper, List<String[]> inverses) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String[] pair : subSuper) {
                Boolean inherited = directions.get(pair[1]);
                if (inherited != null && !directions.containsKey(pair[0])) {
                    directions.put(pair[0], inherited);
                    changed = true;
                }
            }
            for (String[] pair : inverses) {
                for (int end = 0; end < 2; end++) {
                    Boolean other = directions.get(pair[1 - end]);
                    if (other != null && !directions.containsKey(pair[end])) {
                        directions.put(pair[end], !other);
                        changed = true;
                    }
                }
            }
        }
    }

    /** Returns the (subject, object) IRI pairs of a predicate in both graphs, in IRI order. */
    private static List<String[]> pairs(
            Graph terms, Graph data, org.apache.jena.rdf.model.Property p) {
        List<String[]> pairs = new ArrayList<>();
        for (Graph g : List.of(terms, data)) {
            g.find(Node.ANY, p.asNode(), Node.ANY)
                    .filterKeep(t -> t.getSubject().isURI() && t.getObject().isURI())
                    .mapWith(PropagationDirections::pair)
                    .filterKeep(pair -> !pair[0].equals(pair[1]))
                    .forEach(pairs::add);
        }
        pairs.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
        return pairs;
    }

    private static String[] pair(Triple t) {
        return new String[] {t.getSubject().getURI(), t.getObject().getURI()};
    }
}
