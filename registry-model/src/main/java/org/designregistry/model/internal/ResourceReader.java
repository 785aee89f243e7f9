package org.designregistry.model.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;

/**
 * Reads what a report says about a resource from the data joined with the terms, inside the
 * caller's read transaction: its reference, related resources either way, concepts and dates.
 * Shared by the feature packages (impact, trace); not API.
 */
public final class ResourceReader {

    private final Graph graph;
    private final Map<String, Set<String>> superClasses = new HashMap<>();
    private final Map<Node, ResourceRef> refs = new HashMap<>();

    /** Returns a reader over a graph of the data joined with the terms. */
    public ResourceReader(Graph graph) {
        this.graph = graph;
    }

    /** Returns the graph read. */
    public Graph graph() {
        return graph;
    }

    /** Returns a link to a resource: IRI, identifier, label and most specific type. */
    public ResourceRef ref(Node node) {
        return refs.computeIfAbsent(
                node,
                n ->
                        new ResourceRef(
                                n.getURI(),
                                Labels.text(graph, n, DCTerms.identifier.asNode()).orElse(""),
                                Labels.label(graph, n),
                                mostSpecificType(n)));
    }

    /** Returns a link to the resource with this IRI. */
    public ResourceRef ref(String iri) {
        return ref(NodeFactory.createURI(iri));
    }

    /** Returns the label of a node. */
    public String label(String iri) {
        return Labels.label(graph, NodeFactory.createURI(iri));
    }

    /**
     * Returns the IRI-named resources linked by {@code node forward x} or {@code x inverse node},
     * sorted, without repeats.
     */
    public List<ResourceRef> related(Node node, Property forward, Property inverse) {
        Set<Node> linked = new LinkedHashSet<>();
        graph.find(node, forward.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(Node::isURI)
                .forEach(linked::add);
        graph.find(Node.ANY, inverse.asNode(), node)
                .mapWith(Triple::getSubject)
                .filterKeep(Node::isURI)
                .forEach(linked::add);
        return linked.stream().map(this::ref).sorted().toList();
    }

    /** Returns true when the resource has a link by the relation stated either way. */
    public boolean hasRelated(Node node, Property forward, Property inverse) {
        return graph.contains(node, forward.asNode(), Node.ANY)
                || graph.contains(Node.ANY, inverse.asNode(), node);
    }

    /** Returns the concept a property points to (the smallest IRI of several), labelled. */
    public Optional<Concept> concept(Node node, Property property) {
        return graph
                .find(node, property.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(Node::isURI)
                .toList()
                .stream()
                .min(Comparator.comparing(Node::getURI))
                .map(c -> new Concept(c.getURI(), Labels.label(graph, c)));
    }

    /** Returns the integer {@code skos:notation} of a concept, or 0. */
    public int notation(String conceptIri) {
        return Labels.text(graph, NodeFactory.createURI(conceptIri), SKOS.notation.asNode())
                .map(
                        t -> {
                            try {
                                return new BigInteger(t.strip()).intValue();
                            } catch (NumberFormatException e) {
                                return 0;
                            }
                        })
                .orElse(0);
    }

    /** Returns a date property read from its {@code yyyy-mm-dd} lexical form, or empty. */
    public Optional<LocalDate> date(Node node, Property property) {
        Optional<String> text = Labels.text(graph, node, property.asNode());
        if (text.isEmpty() || text.get().length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Returns true when the resource is an instance of the class or of a subclass. */
    public boolean isA(Node node, String classIri) {
        return graph
                .find(node, RDF.type.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(Node::isURI)
                .toList()
                .stream()
                .anyMatch(t -> superClasses(t.getURI()).contains(classIri));
    }

    /** Returns the class and its superclasses. */
    public Set<String> superClasses(String classIri) {
        return superClasses.computeIfAbsent(classIri, c -> superClasses(graph, c));
    }

    private String mostSpecificType(Node node) {
        List<String> types =
                graph.find(node, RDF.type.asNode(), Node.ANY)
                        .mapWith(Triple::getObject)
                        .filterKeep(Node::isURI)
                        .mapWith(Node::getURI)
                        .toList();
        return types.stream()
                .filter(
                        t ->
                                types.stream()
                                        .noneMatch(
                                                o -> !o.equals(t) && superClasses(o).contains(t)))
                .min(Comparator.naturalOrder())
                .orElse("");
    }

    /** Returns a class and all its superclasses by {@code rdfs:subClassOf}; safe on cycles. */
    public static Set<String> superClasses(Graph graph, String type) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            graph.find(NodeFactory.createURI(next), RDFS.subClassOf.asNode(), Node.ANY)
                    .mapWith(Triple::getObject)
                    .filterKeep(Node::isURI)
                    .forEach(n -> queue.add(n.getURI()));
        }
        return seen;
    }
}
