package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.designregistry.model.internal.Labels;

/**
 * Reads which relations carry change, and which way, from {@code dr:changePropagates} annotations
 * in the terms and in the data: nothing here names a relation.
 *
 * <p>A relation and its {@code owl:inverseOf} state the same link, so both map to one canonical
 * relation: the one whose subject depends on its object ({@code dr:toSubject}) where the pair has
 * one, else the relation itself. An edge is then the same whichever way the data states it.
 * Relations without an annotation of their own inherit one through {@code rdfs:subPropertyOf} and
 * {@code owl:inverseOf}.
 */
final class PropagationRules {

    /**
     * One annotated relation: the canonical relation it contributes edges to, and whether the
     * subject of its triples is the dependent end.
     */
    record Rule(String relationIri, int canonical, boolean dependentIsSubject) {}

    private final List<ImpactIndex.Relation> relations;
    private final List<Rule> rules;

    private final List<String> ambiguous;

    private PropagationRules(
            List<ImpactIndex.Relation> relations, List<Rule> rules, List<String> ambiguous) {
        this.relations = relations;
        this.rules = rules;
        this.ambiguous = ambiguous;
    }

    /** Returns the relations annotated to carry change both ways, in IRI order. */
    List<String> ambiguous() {
        return ambiguous;
    }

    /** The canonical relations, by IRI: a relation's id is its position. */
    List<ImpactIndex.Relation> relations() {
        return relations;
    }

    /** Every annotated relation with the canonical relation it maps to, by IRI. */
    List<Rule> rules() {
        return rules;
    }

    /**
     * Reads the annotations from both graphs, with the directions relations inherit from
     * super-properties and inverses ({@link PropagationDirections}); a relation annotated in either
     * graph counts.
     */
    static PropagationRules read(Graph terms, Graph data) {
        PropagationDirections directions = PropagationDirections.read(terms, data);
        Map<String, Boolean> dependentIsSubject = directions.dependentIsSubject();
        Map<String, String> canonicalOf = new HashMap<>();
        for (Map.Entry<String, Boolean> e : dependentIsSubject.entrySet()) {
            String p = e.getKey();
            String canonical = p;
            if (!e.getValue()) {
                // A toObject relation names its link backwards: use its toSubject inverse.
                Optional<String> inverse =
                        inverse(p, terms, data)
                                .filter(q -> Boolean.TRUE.equals(dependentIsSubject.get(q)));
                canonical = inverse.orElse(p);
            }
            canonicalOf.put(p, canonical);
        }
        List<String> canonicalIris = canonicalOf.values().stream().distinct().sorted().toList();
        List<ImpactIndex.Relation> relations = new ArrayList<>();
        for (String iri : canonicalIris) {
            Optional<String> inverse = inverse(iri, terms, data);
            relations.add(
                    new ImpactIndex.Relation(
                            iri,
                            label(iri, terms, data),
                            inverse.orElse(""),
                            inverse.map(q -> label(q, terms, data)).orElse(""),
                            dependentIsSubject.get(iri)));
        }
        List<Rule> rules = new ArrayList<>();
        dependentIsSubject.forEach(
                (p, subject) ->
                        rules.add(new Rule(p, canonicalIris.indexOf(canonicalOf.get(p)), subject)));
        rules.sort(Comparator.comparing(Rule::relationIri));
        return new PropagationRules(
                List.copyOf(relations), List.copyOf(rules), directions.ambiguous());
    }

    /**
     * Returns the smallest IRI stated as the inverse of {@code p}, either way round: in the terms
     * where they state one, so that data declaring another inverse of a term renames nothing.
     */
    private static Optional<String> inverse(String p, Graph terms, Graph data) {
        Optional<String> inTerms = inverse(p, terms);
        return inTerms.isPresent() ? inTerms : inverse(p, data);
    }

    private static Optional<String> inverse(String p, Graph g) {
        Node pn = org.apache.jena.graph.NodeFactory.createURI(p);
        List<String> found = new ArrayList<>();
        g.find(pn, OWL.inverseOf.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(Node::isURI)
                .forEach(n -> found.add(n.getURI()));
        g.find(Node.ANY, OWL.inverseOf.asNode(), pn)
                .mapWith(Triple::getSubject)
                .filterKeep(Node::isURI)
                .forEach(n -> found.add(n.getURI()));
        return found.stream().filter(q -> !q.equals(p)).min(Comparator.naturalOrder());
    }

    private static String label(String iri, Graph terms, Graph data) {
        Node n = org.apache.jena.graph.NodeFactory.createURI(iri);
        String fromTerms = Labels.label(terms, n);
        if (!fromTerms.equals(Labels.localName(iri))) {
            return fromTerms;
        }
        return Labels.label(data, n);
    }
}
