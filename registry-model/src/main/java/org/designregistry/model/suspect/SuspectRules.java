package org.designregistry.model.suspect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.ontology.DR;

/**
 * Which properties are governed ({@code dr:governed true}) and which relations carry change and
 * which way ({@code dr:changePropagates}), read from annotations in the terms and the data: nothing
 * here names a property.
 *
 * <p>Only a relation that is both governed and carries change can hold a suspect link: approvals
 * and ownership carry change for the impact engine, but they are not design links to review.
 */
final class SuspectRules {

    private final Set<Node> governed;
    private final Map<Node, Boolean> dependentIsSubject;

    private SuspectRules(Set<Node> governed, Map<Node, Boolean> dependentIsSubject) {
        this.governed = governed;
        this.dependentIsSubject = dependentIsSubject;
    }

    /** Reads the annotations of every graph given; an annotation in any of them counts. */
    static SuspectRules read(List<Graph> graphs) {
        Set<Node> governed = new HashSet<>();
        Map<Node, Boolean> direction = new HashMap<>();
        Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
        for (Graph g : graphs) {
            g.find(Node.ANY, DR.governed.asNode(), yes)
                    .filterKeep(t -> t.getSubject().isURI())
                    .forEach(t -> governed.add(t.getSubject()));
            g.find(Node.ANY, DR.changePropagates.asNode(), Node.ANY)
                    .filterKeep(t -> t.getSubject().isURI())
                    .forEach(
                            t -> {
                                if (t.getObject().equals(DR.toSubject.asNode())) {
                                    direction.put(t.getSubject(), true);
                                } else if (t.getObject().equals(DR.toObject.asNode())) {
                                    direction.putIfAbsent(t.getSubject(), false);
                                }
                            });
        }
        direction.keySet().retainAll(governed);
        return new SuspectRules(Set.copyOf(governed), Map.copyOf(direction));
    }

    /** Returns true when a change to values of {@code property} can make links suspect. */
    boolean isGoverned(Node property) {
        return governed.contains(property);
    }

    /**
     * Returns the relations that can hold suspect links, each with true when the subject of its
     * triples depends on the object, false when the object depends on the subject.
     */
    Map<Node, Boolean> suspectRelations() {
        return dependentIsSubject;
    }
}
