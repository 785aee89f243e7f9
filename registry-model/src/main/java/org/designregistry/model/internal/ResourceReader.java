package org.designregistry.model.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.ontology.DR;

/**
 * Reads what the features show of registry resources, inside the caller's read (or write)
 * transaction: references, labels, types and kinds, links stated either way, concepts, dates and
 * flags. Shared by every feature package; not API.
 *
 * <p>It reads two graphs: the data, which says what the registry's resources are (what it
 * describes, identifiers, links, flags), and the data joined with the terms, which also labels
 * classes, concepts and properties and holds the class hierarchy. Where the data has several values
 * for a single-valued property (invalid data), the smallest is taken so that reads are stable;
 * where it has none, the empty value. References, labels and the class hierarchy are kept once
 * read, so make one reader per transaction.
 */
public final class ResourceReader {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);
    private static final List<Node> LABEL_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final Graph graph;
    private final Graph data;
    private final ClassHierarchy classes;
    private final Map<Node, ResourceRef> refs = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();

    /** Returns a reader over a graph that is both the data and its terms. */
    public ResourceReader(Graph graph) {
        this(graph, graph);
    }

    /** Returns a reader over the data joined with the terms, and the data graph alone. */
    public ResourceReader(Graph graph, Graph data) {
        this.graph = graph;
        this.data = data;
        this.classes = new ClassHierarchy(graph);
    }

    /** Returns the data joined with the terms. */
    public Graph graph() {
        return graph;
    }

    /** Returns the data graph alone. */
    public Graph data() {
        return data;
    }

    /** Returns true when the node is an IRI that the data describes: the subject of a triple. */
    public boolean isDescribed(Node node) {
        return node.isURI() && data.contains(node, Node.ANY, Node.ANY);
    }

    /** Returns a link to a resource: IRI, identifier, label and most specific type. */
    public ResourceRef ref(Node node) {
        return refs.computeIfAbsent(
                node,
                n -> new ResourceRef(n.getURI(), identifier(n), label(n), mostSpecificType(n)));
    }

    /** Returns a link to the resource with this IRI. */
    public ResourceRef ref(String iri) {
        return ref(NodeFactory.createURI(iri));
    }

    /** Returns the {@code dcterms:identifier} the data gives a resource, or empty text. */
    public String identifier(Node node) {
        return Labels.text(data, node, IDENTIFIER).orElse("");
    }

    /** Returns the label of a resource or term, with the fallbacks of {@link Labels#label}. */
    public String label(Node node) {
        return labels.computeIfAbsent(node, n -> Labels.label(graph, n));
    }

    /** Returns the label of the resource or term with this IRI. */
    public String label(String iri) {
        return label(NodeFactory.createURI(iri));
    }

    /** Returns the preferred literal text of a property (see {@link Labels#text}), or "". */
    public String text(Node node, Property property) {
        return Labels.text(graph, node, property.asNode()).orElse("");
    }

    /** Returns a concept or other term, labelled. */
    public Concept concept(Node node) {
        return new Concept(node.getURI(), label(node));
    }

    /** Returns the concept a property points to (the smallest IRI of several), labelled. */
    public Optional<Concept> concept(Node node, Property property) {
        return object(node, property).map(this::concept);
    }

    /** Returns the IRI-named object of a property, the smallest IRI of several, or empty. */
    public Optional<Node> object(Node node, Property property) {
        return graph.stream(node, property.asNode(), Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .min(BY_IRI);
    }

    /** Returns the IRI-named {@code rdf:type}s of a resource, by IRI. */
    public List<Node> types(Node node) {
        return graph.stream(node, TYPE, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .distinct()
                .sorted(BY_IRI)
                .toList();
    }

    /**
     * Returns the IRI of the type of a resource that no other of its types is below (see {@link
     * ClassHierarchy#mostSpecific}); empty text when it has none.
     */
    public String mostSpecificType(Node node) {
        return classes.mostSpecific(types(node));
    }

    /** Returns the kind of a resource, from the nearest class above its types that has one. */
    public Optional<Ref.Kind> kind(Node node) {
        return classes.kind(types(node));
    }

    /** Returns true when the resource is an instance of the class or of a class below it. */
    public boolean isA(Node node, String classIri) {
        Node type = NodeFactory.createURI(classIri);
        return types(node).stream().anyMatch(t -> classes.superClasses(t).contains(type));
    }

    /** Returns the IRI-named instances of a class or of any class below it, without repeats. */
    public Set<Node> instances(String classIri) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node type : classes.subClasses(NodeFactory.createURI(classIri))) {
            data.stream(Node.ANY, TYPE, type)
                    .map(Triple::getSubject)
                    .filter(Node::isURI)
                    .forEach(found::add);
        }
        return found;
    }

    /**
     * Returns the resources linked by a relation stated either way in the data, {@code node forward
     * x} or {@code x inverse node}: IRI-named, sorted, without repeats.
     */
    public List<ResourceRef> related(Node node, Property forward, Property inverse) {
        Set<Node> linked = new LinkedHashSet<>();
        data.stream(node, forward.asNode(), Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .forEach(linked::add);
        data.stream(Node.ANY, inverse.asNode(), node)
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .forEach(linked::add);
        return linked.stream().map(this::ref).sorted().toList();
    }

    /** Returns true when the resource has a link by the relation stated either way. */
    public boolean hasRelated(Node node, Property forward, Property inverse) {
        return data.contains(node, forward.asNode(), Node.ANY)
                || data.contains(Node.ANY, inverse.asNode(), node);
    }

    /** Returns true when the resource is marked {@code dr:illustrative true} (or {@code 1}). */
    public boolean illustrative(Node node) {
        // Compares the lexical form: an ill-formed literal must not fail the read.
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

    /** Returns a date property read from its {@code yyyy-mm-dd...} lexical form, or empty. */
    public Optional<LocalDate> date(Node node, Property property) {
        String text = text(node, property);
        if (text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Returns the integer {@code skos:notation} of a concept, or 0. */
    public int notation(String conceptIri) {
        try {
            return new BigInteger(text(NodeFactory.createURI(conceptIri), SKOS.notation).strip())
                    .intValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Returns every data triple about a resource, read at once. */
    public Facts facts(Node node) {
        return new Facts(node);
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
                    .forEach(t -> values(out, t.getPredicate()).add(t.getObject()));
            data.find(Node.ANY, Node.ANY, node)
                    .forEach(t -> values(in, t.getPredicate()).add(t.getSubject()));
        }

        /**
         * Returns the resource's reference, computed from these facts (and kept): the same as
         * {@link ResourceReader#ref(Node)} where the data labels its own resources.
         */
        public ResourceRef ref() {
            return refs.computeIfAbsent(
                    node,
                    n ->
                            new ResourceRef(
                                    n.getURI(),
                                    Labels.preferred(get(out, IDENTIFIER)).orElse(""),
                                    LABEL_PROPERTIES.stream()
                                            .flatMap(p -> Labels.preferred(get(out, p)).stream())
                                            .findFirst()
                                            .orElseGet(() -> Labels.localName(n.getURI())),
                                    classes.mostSpecific(
                                            get(out, TYPE).stream().filter(Node::isURI).toList())));
        }

        /** Returns the resources linked by {@code node forward x} or {@code x inverse node}. */
        public List<ResourceRef> related(Property forward, Property inverse) {
            Set<Node> linked = new LinkedHashSet<>();
            get(out, forward.asNode()).stream().filter(Node::isURI).forEach(linked::add);
            get(in, inverse.asNode()).stream().filter(Node::isURI).forEach(linked::add);
            return linked.stream().map(ResourceReader.this::ref).sorted().toList();
        }

        /** Returns the concept a property points to (the smallest IRI of several), labelled. */
        public Optional<Concept> concept(Property property) {
            return get(out, property.asNode()).stream()
                    .filter(Node::isURI)
                    .min(BY_IRI)
                    .map(ResourceReader.this::concept);
        }

        private static List<Node> values(Map<Node, List<Node>> facts, Node predicate) {
            return facts.computeIfAbsent(predicate, k -> new ArrayList<>(2));
        }

        private static List<Node> get(Map<Node, List<Node>> facts, Node predicate) {
            return facts.getOrDefault(predicate, List.of());
        }
    }
}
