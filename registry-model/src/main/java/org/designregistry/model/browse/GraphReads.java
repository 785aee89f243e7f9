package org.designregistry.model.browse;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.Labels;
import org.designregistry.ontology.DR;

/**
 * Reads what browsing needs from the registry's data graph, labelled from the data joined with the
 * terms; used inside one read transaction. A registry resource is an IRI that is the subject of a
 * triple in the data; anything else (a concept, an external IRI) is a value.
 */
final class GraphReads {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    private final Graph data;
    private final Graph all;
    private final Map<Node, Optional<Ref.Kind>> kindOfClass = new HashMap<>();
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();

    GraphReads(Graph data, Graph terms) {
        this.data = data;
        this.all = new Union(data, terms);
    }

    Graph data() {
        return data;
    }

    /** Returns true when the node is an IRI that the data describes. */
    boolean isResource(Node node) {
        return node.isURI() && data.contains(node, Node.ANY, Node.ANY);
    }

    /** Returns every IRI-named subject of the data that has an {@code rdf:type}, by IRI. */
    Stream<Node> typedResources() {
        return data.stream(Node.ANY, TYPE, Node.ANY)
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .distinct()
                .sorted(Comparator.comparing(Node::getURI));
    }

    /** Returns a link to a resource, as the catalog makes them. */
    ResourceRef ref(Node node) {
        return new ResourceRef(
                node.getURI(),
                Labels.text(data, node, IDENTIFIER).orElse(""),
                label(node),
                mostSpecificType(node));
    }

    String label(Node node) {
        return Labels.label(all, node);
    }

    Concept concept(Node node) {
        return new Concept(node.getURI(), label(node));
    }

    /**
     * Returns the kind of a resource: the kind of the nearest of its classes, its own types first,
     * then their superclasses, breadth-first; the first kind in declaration order among equally
     * near ones. Empty when no class up the hierarchy belongs to a kind.
     */
    Optional<Ref.Kind> kind(Node node) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> level = types(node);
        while (!level.isEmpty()) {
            Optional<Ref.Kind> found =
                    level.stream()
                            .map(this::kindOfClass)
                            .flatMap(Optional::stream)
                            .min(Comparator.naturalOrder());
            if (found.isPresent()) {
                return found;
            }
            seen.addAll(level);
            level =
                    level.stream()
                            .flatMap(c -> objects(c, SUBCLASS))
                            .filter(c -> !seen.contains(c))
                            .distinct()
                            .toList();
        }
        return Optional.empty();
    }

    /** Returns the IRI-named types of a resource, by IRI. */
    List<Node> types(Node node) {
        return objects(node, TYPE).toList();
    }

    /** Returns the type of a resource that no other of its types specialises; "" if untyped. */
    String mostSpecificType(Node node) {
        List<Node> types = types(node);
        return types.stream()
                .filter(
                        t ->
                                types.stream()
                                        .noneMatch(
                                                other ->
                                                        !other.equals(t)
                                                                && superClassesOf(other)
                                                                        .contains(t)))
                .map(Node::getURI)
                .findFirst()
                .orElse("");
    }

    /** Returns true when the resource is marked {@code dr:illustrative true}. */
    boolean illustrative(Node node) {
        return data.stream(node, DR.illustrative.asNode(), Node.ANY)
                .map(Triple::getObject)
                .anyMatch(
                        o ->
                                o.isLiteral()
                                        && XSDDatatype.XSDboolean.getURI()
                                                .equals(o.getLiteralDatatypeURI())
                                        && (o.getLiteralLexicalForm().equals("true")
                                                || o.getLiteralLexicalForm().equals("1")));
    }

    /** Returns the smallest IRI-named object of a property, or empty. */
    Optional<Node> object(Node node, Node property) {
        return objects(node, property).findFirst();
    }

    /** Returns the IRI-named objects of a property in the data and terms, by IRI, no repeats. */
    Stream<Node> objects(Node node, Node property) {
        return all.stream(node, property, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .distinct()
                .sorted(Comparator.comparing(Node::getURI));
    }

    /**
     * Returns the resources linked by a relation stated either way ({@code node forward x} or
     * {@code x inverse node}), sorted, without repeats.
     */
    List<ResourceRef> related(Node node, Node forward, Node inverse) {
        Set<Node> linked = new LinkedHashSet<>();
        data.stream(node, forward, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .forEach(linked::add);
        data.stream(Node.ANY, inverse, node)
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .forEach(linked::add);
        return linked.stream().map(this::ref).sorted().toList();
    }

    /**
     * Returns the relation the ontology declares inverse to a property ({@code owl:inverseOf}
     * either way), the smallest IRI if several, or empty.
     */
    Optional<Node> inverseOf(Node property) {
        Node inverseOf = OWL.inverseOf.asNode();
        return Stream.concat(
                        all.stream(property, inverseOf, Node.ANY).map(Triple::getObject),
                        all.stream(Node.ANY, inverseOf, property).map(Triple::getSubject))
                .filter(Node::isURI)
                .min(Comparator.comparing(Node::getURI));
    }

    private Optional<Ref.Kind> kindOfClass(Node type) {
        return kindOfClass.computeIfAbsent(type, t -> Ref.Kind.ofClass(t.getURI()));
    }

    private Set<Node> superClassesOf(Node type) {
        return superClasses.computeIfAbsent(type, this::closureUp);
    }

    /** Returns the class and all its superclasses; safe on cycles. */
    private Set<Node> closureUp(Node type) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Node next = queue.removeFirst();
            if (seen.add(next)) {
                objects(next, SUBCLASS).forEach(queue::add);
            }
        }
        return seen;
    }
}
