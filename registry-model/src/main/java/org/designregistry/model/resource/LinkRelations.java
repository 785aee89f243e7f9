package org.designregistry.model.resource;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.internal.ClassHierarchy;

/**
 * Which relations the terms let a resource state, from its classes: a relation whose {@code
 * rdfs:domain} is one of them or a superclass, or one without a domain whose inverse's {@code
 * rdfs:range} is. A relation that says neither is offered to no kind. And which classes a
 * relation's links may reach.
 */
final class LinkRelations {

    private final Graph terms;
    private final ClassHierarchy hierarchy;

    LinkRelations(Graph terms) {
        this.terms = terms;
        this.hierarchy = new ClassHierarchy(terms);
    }

    /** Returns the relations a resource of these classes may state, in no particular order. */
    Stream<Node> allowed(Collection<String> typeIris) {
        Set<Node> classes = new LinkedHashSet<>();
        typeIris.stream()
                .map(NodeFactory::createURI)
                .forEach(c -> classes.addAll(hierarchy.superClasses(c)));
        return terms.stream(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .distinct()
                .filter(relation -> fits(relation, classes));
    }

    /**
     * Returns the classes a relation's links may reach: its {@code rdfs:range}s and its inverses'
     * {@code rdfs:domain}s (what {@code owl:inverseOf} makes of them), none when the terms say
     * neither.
     */
    Stream<Node> targets(Node relation) {
        return Stream.concat(
                        objects(relation, RDFS.range.asNode()),
                        inverses(relation).flatMap(i -> objects(i, RDFS.domain.asNode())))
                .filter(Node::isURI)
                .distinct();
    }

    private boolean fits(Node relation, Set<Node> classes) {
        List<Node> domains = objects(relation, RDFS.domain.asNode()).toList();
        if (!domains.isEmpty()) {
            return domains.stream().anyMatch(classes::contains);
        }
        List<Node> inverseRanges =
                inverses(relation).flatMap(i -> objects(i, RDFS.range.asNode())).toList();
        return inverseRanges.stream().anyMatch(classes::contains);
    }

    private Stream<Node> inverses(Node relation) {
        Node inverseOf = OWL.inverseOf.asNode();
        return Stream.concat(
                        objects(relation, inverseOf),
                        terms.stream(Node.ANY, inverseOf, relation).map(Triple::getSubject))
                .distinct();
    }

    private Stream<Node> objects(Node subject, Node predicate) {
        return terms.stream(subject, predicate, Node.ANY).map(Triple::getObject);
    }
}
