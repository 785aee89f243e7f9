package org.designregistry.model.edit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * Finds the decisions among a write transaction's {@link NetChanges net changes}, and at commit
 * refuses them when the writer may not record decisions.
 *
 * <p>The decision records guarded are decisions, the conditions they set, delegations of a decision
 * to another body and concerns raised with a decision ({@link #ROOTS}): the governance workflow
 * writes a concern for an editor itself, and its settlement, like the rest, is an approver's. A
 * triple changes a decision when it adds or removes the type {@code dr:Decision} (or a subclass, or
 * one of the other guarded classes), when its predicate is a decision's relation or attribute (the
 * ontology's properties whose domain or range is a decision: {@code dr:approves}, {@code
 * dr:approvedBy}, {@code dr:madeBy}, {@code dr:outcome} ...), or when either end is a resource
 * typed as a decision once the write is done. Whoever may record decisions, as {@link WriteRights}
 * said when the transaction began, is not checked at all.
 */
final class DecisionChanges {

    private static final Model TERMS = RegistryOntology.terms();

    /** The classes whose instances, and the relations and attributes of them, need the right. */
    static final List<Resource> ROOTS =
            List.of(DR.Decision, DR.Condition, DR.Delegation, DR.Concern);

    private static final Set<Node> CLASSES = decisionClasses();
    private static final Set<Node> FROM_DECISION = pointing(RDFS.domain, RDFS.range);
    private static final Set<Node> TO_DECISION = pointing(RDFS.range, RDFS.domain);

    private DecisionChanges() {}

    /**
     * Checks a write transaction about to commit.
     *
     * @param after the registry graph as the transaction leaves it
     * @param changes the transaction's net changes
     * @throws DecisionWriteRefusedException naming the decisions the transaction changes, when it
     *     changes any and its writer may not record decisions
     */
    static void check(Graph after, NetChanges.Changes changes) {
        if (changes.mayRecordDecisions()) {
            return;
        }
        Set<Node> decisions = decisions(after, changes.triples());
        if (!decisions.isEmpty()) {
            throw new DecisionWriteRefusedException(
                    decisions.stream().map(n -> n.isURI() ? n.getURI() : n.toString()).toList());
        }
    }

    /**
     * Returns the decisions that changing {@code triples} changes, in first-seen order.
     *
     * @param after a graph that types every decision among the triples' ends
     */
    static Set<Node> decisions(Graph after, Iterable<Triple> triples) {
        Map<Node, Boolean> typed = new HashMap<>();
        Set<Node> decisions = new LinkedHashSet<>();
        for (Triple t : triples) {
            Node s = t.getSubject();
            Node o = t.getObject();
            boolean subject = typed.computeIfAbsent(s, n -> isDecision(after, n));
            boolean object =
                    (o.isURI() || o.isBlank())
                            && typed.computeIfAbsent(o, n -> isDecision(after, n));
            if (subject
                    || isDecisionType(t)
                    || (!object && FROM_DECISION.contains(t.getPredicate()))) {
                decisions.add(s);
            }
            if (object || (!subject && TO_DECISION.contains(t.getPredicate()))) {
                decisions.add(o);
            }
        }
        return decisions;
    }

    private static boolean isDecisionType(Triple t) {
        return t.getPredicate().equals(RDF.type.asNode()) && CLASSES.contains(t.getObject());
    }

    private static boolean isDecision(Graph graph, Node node) {
        for (Node type : CLASSES) {
            if (graph.contains(node, RDF.type.asNode(), type)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the {@link #ROOTS} and their subclasses, direct or not. */
    private static Set<Node> decisionClasses() {
        Set<Resource> classes = new HashSet<>();
        List<Resource> todo = ROOTS;
        while (!todo.isEmpty()) {
            classes.addAll(todo);
            todo =
                    todo.stream()
                            .flatMap(
                                    c ->
                                            TERMS
                                                    .listSubjectsWithProperty(RDFS.subClassOf, c)
                                                    .toList()
                                                    .stream())
                            .filter(c -> !classes.contains(c))
                            .toList();
        }
        return nodes(classes);
    }

    /**
     * Returns the properties that point from a decision (or, with {@code RDFS.range}, to one):
     * those declared so, and the inverses of those declared the other way.
     */
    private static Set<Node> pointing(Property declared, Property otherWay) {
        Set<Resource> properties = new HashSet<>();
        for (Node decision : CLASSES) {
            Resource c = TERMS.wrapAsResource(decision);
            properties.addAll(TERMS.listSubjectsWithProperty(declared, c).toList());
            for (Resource p : TERMS.listSubjectsWithProperty(otherWay, c).toList()) {
                properties.addAll(TERMS.listSubjectsWithProperty(OWL.inverseOf, p).toList());
                TERMS.listObjectsOfProperty(p, OWL.inverseOf)
                        .filterKeep(RDFNode::isURIResource)
                        .forEach(inverse -> properties.add(inverse.asResource()));
            }
        }
        return nodes(properties);
    }

    private static Set<Node> nodes(Set<Resource> resources) {
        Set<Node> nodes = new HashSet<>();
        resources.forEach(r -> nodes.add(r.asNode()));
        return Set.copyOf(nodes);
    }
}
