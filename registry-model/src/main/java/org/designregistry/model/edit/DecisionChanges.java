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
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * Watches the write transactions of one guarded dataset for changes to decisions, and at commit
 * refuses them when the writer may not record decisions.
 *
 * <p>A triple changes a decision when it adds or removes the type {@code dr:Decision} (or a
 * subclass), when its predicate is a decision's relation or attribute (the ontology's properties
 * whose domain or range is a decision: {@code dr:approves}, {@code dr:approvedBy}, {@code
 * dr:madeBy}, {@code dr:outcome} ...), or when either end is a resource typed as a decision once
 * the write is done. Only net changes count: each change is compared with the graph as it stands
 * just before it, so re-adding a triple that is there, deleting one that is not, or deleting and
 * re-adding the same triple (as a replace does) changes nothing.
 *
 * <p>State is kept per thread, as the store's transactions are; whoever may record decisions, as
 * {@link WriteRights} says when the transaction begins, is not watched at all.
 */
final class DecisionChanges extends RDFChangesBase {

    private static final Model TERMS = RegistryOntology.terms();
    private static final Set<Node> CLASSES = decisionClasses();
    private static final Set<Node> FROM_DECISION = pointing(RDFS.domain, RDFS.range);
    private static final Set<Node> TO_DECISION = pointing(RDFS.range, RDFS.domain);

    private final DatasetGraph base;
    private final WriteRights rights;
    private final ThreadLocal<Set<Triple>> netChanges = new ThreadLocal<>();

    /**
     * @param base the dataset written through, read just before each change to tell whether it
     *     changes anything
     */
    DecisionChanges(DatasetGraph base, WriteRights rights) {
        this.base = base;
        this.rights = rights;
    }

    @Override
    public void txnBegin() {
        if (rights.mayRecordDecisions()) {
            netChanges.remove();
        } else {
            netChanges.set(new LinkedHashSet<>());
        }
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        record(g, s, p, o, true);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        record(g, s, p, o, false);
    }

    @Override
    public void txnCommit() {
        netChanges.remove();
    }

    @Override
    public void txnAbort() {
        netChanges.remove();
    }

    /** Forgets this thread's transaction, if its end came without a commit or an abort. */
    void forget() {
        netChanges.remove();
    }

    /**
     * Checks this thread's write transaction, about to commit.
     *
     * @param after the registry graph as the transaction leaves it
     * @throws DecisionWriteRefusedException naming the decisions the transaction changes, when it
     *     changes any and its writer may not record decisions
     */
    void check(Graph after) {
        Set<Triple> changes = netChanges.get();
        if (changes == null || changes.isEmpty()) {
            return;
        }
        Map<Node, Boolean> typed = new HashMap<>();
        Set<Node> decisions = new LinkedHashSet<>();
        for (Triple t : changes) {
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
        if (!decisions.isEmpty()) {
            throw new DecisionWriteRefusedException(
                    decisions.stream().map(n -> n.isURI() ? n.getURI() : n.toString()).toList());
        }
    }

    private void record(Node g, Node s, Node p, Node o, boolean isAdd) {
        Set<Triple> changes = netChanges.get();
        if (changes == null || (g != null && !Quad.isDefaultGraph(g))) {
            return;
        }
        if (base.contains(Quad.defaultGraphIRI, s, p, o) == isAdd) {
            return; // adding what is there, or deleting what is not: no change
        }
        Triple triple = Triple.create(s, p, o);
        // A triple's effective changes alternate, so a second one undoes the first.
        if (!changes.remove(triple)) {
            changes.add(triple);
        }
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

    /** Returns {@code dr:Decision} and its subclasses, direct or not. */
    private static Set<Node> decisionClasses() {
        Set<Resource> classes = new HashSet<>();
        List<Resource> todo = List.of(DR.Decision);
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
