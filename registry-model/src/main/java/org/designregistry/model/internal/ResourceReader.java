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
    private final Graph data;
    private final Map<String, Set<String>> superClasses = new HashMap<>();
    private final Map<Node, ResourceRef> refs = new HashMap<>();
    private final Map<Node, String> conceptLabels = new HashMap<>();

    /** Returns a reader over a graph of the data joined with the terms. */
    public ResourceReader(Graph graph) {
        this(graph, graph);
    }

    /**
     * Returns a reader over a graph of the data joined with the terms, and the data graph alone,
     * which {@link #facts(Node)} reads.
     */
    public ResourceReader(Graph graph, Graph data) {
        this.graph = graph;
        this.data = data;
    }

    /**
     * Every triple of the data about one resource, read in two lookups (as subject, as object), for
     * reports that need many of its values: cheaper than a lookup per value.
     */
    public final class Facts {
        private final Node node;
        private final Map<Node, List<Node>> out = new HashMap<>();
        private final Map<Node, List<Node>> in = new HashMap<>();

        private Facts(Node node) {
            this.node = node;
            data.find(node, Node.ANY, Node.ANY)
                    .forEach(
                            t ->
                                    out.computeIfAbsent(
                                                    t.getPredicate(),
                                                    k -> new java.util.ArrayList<>(2))
                                            .add(t.getObject()));
            data.find(Node.ANY, Node.ANY, node)
                    .forEach(
                            t ->
                                    in.computeIfAbsent(
                                                    t.getPredicate(),
                                                    k -> new java.util.ArrayList<>(2))
                                            .add(t.getSubject()));
        }

        /** Returns the resource's reference, computed from these facts (and cached). */
        public ResourceRef ref() {
            return refs.computeIfAbsent(
                    node,
                    n -> {
                        Optional<String> label = Optional.empty();
                        for (Node p :
                                List.of(
                                        org.apache.jena.vocabulary.RDFS.label.asNode(),
                                        SKOS.prefLabel.asNode(),
                                        DCTerms.title.asNode())) {
                            label = Labels.preferred(out.getOrDefault(p, List.of()));
                            if (label.isPresent()) {
                                break;
                            }
                        }
                        List<String> types =
                                out.getOrDefault(RDF.type.asNode(), List.of()).stream()
                                        .filter(Node::isURI)
                                        .map(Node::getURI)
                                        .toList();
                        return new ResourceRef(
                                n.getURI(),
                                Labels.preferred(
                                                out.getOrDefault(
                                                        DCTerms.identifier.asNode(), List.of()))
                                        .orElse(""),
                                label.orElseGet(() -> Labels.localName(n.getURI())),
                                mostSpecific(types));
                    });
        }

        /** Returns the resources linked by {@code node forward x} or {@code x inverse node}. */
        public List<ResourceRef> related(Property forward, Property inverse) {
            Set<Node> linked = new LinkedHashSet<>();
            out.getOrDefault(forward.asNode(), List.of()).stream()
                    .filter(Node::isURI)
                    .forEach(linked::add);
            in.getOrDefault(inverse.asNode(), List.of()).stream()
                    .filter(Node::isURI)
                    .forEach(linked::add);
            return linked.stream().map(ResourceReader.this::ref).sorted().toList();
        }

        /** Returns the concept a property points to (the smallest IRI of several), labelled. */
        public Optional<Concept> concept(Property property) {
            return out.getOrDefault(property.asNode(), List.of()).stream()
                    .filter(Node::isURI)
                    .min(Comparator.comparing(Node::getURI))
                    .map(c -> new Concept(c.getURI(), conceptLabel(c)));
        }
    }

    /** Returns every data triple about a resource, read at once. */
    public Facts facts(Node node) {
        return new Facts(node);
    }

    private String conceptLabel(Node concept) {
        return conceptLabels.computeIfAbsent(concept, c -> Labels.label(graph, c));
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

    /** Returns the label of a term or resource (cached: meant for classes and concepts). */
    public String label(String iri) {
        return conceptLabel(NodeFactory.createURI(iri));
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
                .map(c -> new Concept(c.getURI(), conceptLabel(c)));
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
        return mostSpecific(
                graph.find(node, RDF.type.asNode(), Node.ANY)
                        .mapWith(Triple::getObject)
                        .filterKeep(Node::isURI)
                        .mapWith(Node::getURI)
                        .toList());
    }

    private String mostSpecific(List<String> types) {
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
