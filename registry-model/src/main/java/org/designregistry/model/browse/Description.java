package org.designregistry.model.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.Decision;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.ResourceReader;

/**
 * Everything the registry states about one resource, for a person to read: its properties, its
 * links to other resources grouped by relation in both directions, and the decisions about it.
 *
 * @param resource the resource itself
 * @param kind its kind, from the nearest of its classes that names one; empty if none does
 * @param types its {@code rdf:type}s, labelled, by IRI
 * @param illustrative true when it is marked {@code dr:illustrative true}
 * @param properties its literal values and the concepts and other IRIs it points to that the data
 *     does not describe: identifier, label, title and comment first, then by label
 * @param links the resources it is linked to, grouped by relation, by label
 * @param decisions the decisions that approve, reject or refer it, by date
 */
public record Description(
        ResourceRef resource,
        Optional<Ref.Kind> kind,
        List<Concept> types,
        boolean illustrative,
        List<Property> properties,
        List<LinkGroup> links,
        List<Decision> decisions) {

    /** The properties shown first, in this order; the rest follow by label. */
    private static final List<String> FIRST =
            List.of(
                    DCTerms.identifier.getURI(),
                    RDFS.label.getURI(),
                    DCTerms.title.getURI(),
                    RDFS.comment.getURI(),
                    DCTerms.description.getURI());

    /** Copies the lists. */
    public Description {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(kind, "kind");
        types = List.copyOf(types);
        properties = List.copyOf(properties);
        links = List.copyOf(links);
        decisions = List.copyOf(decisions);
    }

    /** Returns the group of links of the relation with this IRI and direction, if any. */
    public Optional<LinkGroup> links(String relationIri, boolean inverse) {
        return links.stream()
                .filter(g -> g.relationIri().equals(relationIri) && g.inverse() == inverse)
                .findFirst();
    }

    /** Returns the values of the property with this IRI, or an empty list. */
    public List<Value> values(String propertyIri) {
        return properties.stream()
                .filter(p -> p.iri().equals(propertyIri))
                .findFirst()
                .map(Property::values)
                .orElse(List.of());
    }

    /**
     * One property of the resource and its values.
     *
     * @param iri the property's IRI
     * @param label its label from the terms, or its local name
     * @param values its values, by text
     */
    public record Property(String iri, String label, List<Value> values) {
        /** Copies the list. */
        public Property {
            values = List.copyOf(values);
        }
    }

    /**
     * A value of a property.
     *
     * @param text a literal's lexical form, or the label of the IRI
     * @param iri the IRI when the value is one (a concept, an undescribed resource), else empty
     */
    public record Value(String text, String iri) {}

    /**
     * The resources linked to this one by one relation.
     *
     * @param relationIri the relation's IRI
     * @param label its label from the terms, or its local name
     * @param inverse false when the group reads "this resource {@code label} each resource": the
     *     data states the relation from this resource, or states its declared inverse from the
     *     other end; true when other resources point here by a relation with no declared inverse
     * @param resources the linked resources, sorted
     */
    public record LinkGroup(
            String relationIri, String label, boolean inverse, List<ResourceRef> resources) {
        /** Copies the list. */
        public LinkGroup {
            resources = List.copyOf(resources);
        }
    }

    /** Reads the description of a resource that the data describes. */
    static Description read(ResourceReader g, Node node, List<Decision> decisions) {
        Map<Node, List<Value>> values = new LinkedHashMap<>();
        Map<GroupKey, TreeSet<ResourceRef>> links = new LinkedHashMap<>();
        g.data().stream(node, Node.ANY, Node.ANY)
                .filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
                .forEach(
                        t -> {
                            Node o = t.getObject();
                            if (g.isDescribed(o)) {
                                links.computeIfAbsent(
                                                new GroupKey(t.getPredicate(), false),
                                                k -> new TreeSet<>())
                                        .add(g.ref(o));
                            } else {
                                values.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                                        .add(value(g, o));
                            }
                        });
        g.data().stream(Node.ANY, Node.ANY, node)
                .filter(t -> t.getSubject().isURI())
                .filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
                .forEach(
                        t -> links.computeIfAbsent(key(g, t), k -> new TreeSet<>()).add(ref(g, t)));
        return new Description(
                g.ref(node),
                g.kind(node),
                g.types(node).stream().map(g::concept).toList(),
                g.illustrative(node),
                values.entrySet().stream()
                        .map(
                                e ->
                                        new Property(
                                                e.getKey().getURI(),
                                                g.label(e.getKey()),
                                                e.getValue().stream()
                                                        .sorted(
                                                                Comparator.comparing(Value::text)
                                                                        .thenComparing(Value::iri))
                                                        .toList()))
                        .sorted(PROPERTY_ORDER)
                        .toList(),
                links.entrySet().stream()
                        .map(
                                e ->
                                        new LinkGroup(
                                                e.getKey().relation().getURI(),
                                                g.label(e.getKey().relation()),
                                                e.getKey().inverse(),
                                                List.copyOf(e.getValue())))
                        .sorted(
                                Comparator.comparing(LinkGroup::label)
                                        .thenComparing(LinkGroup::inverse)
                                        .thenComparing(LinkGroup::relationIri))
                        .toList(),
                decisions);
    }

    private static final Comparator<Property> PROPERTY_ORDER =
            Comparator.comparingInt(
                            (Property p) ->
                                    FIRST.contains(p.iri()) ? FIRST.indexOf(p.iri()) : FIRST.size())
                    .thenComparing(Property::label)
                    .thenComparing(Property::iri);

    /** An incoming link counts under the declared inverse, else under its own relation. */
    private static GroupKey key(ResourceReader g, Triple incoming) {
        return inverseOf(g.graph(), incoming.getPredicate())
                .map(inverse -> new GroupKey(inverse, false))
                .orElseGet(() -> new GroupKey(incoming.getPredicate(), true));
    }

    /**
     * Returns the relation the ontology declares inverse to a property ({@code owl:inverseOf}
     * either way), the smallest IRI if several, or empty.
     */
    private static Optional<Node> inverseOf(Graph graph, Node property) {
        Node inverseOf = OWL.inverseOf.asNode();
        return Stream.concat(
                        graph.stream(property, inverseOf, Node.ANY).map(Triple::getObject),
                        graph.stream(Node.ANY, inverseOf, property).map(Triple::getSubject))
                .filter(Node::isURI)
                .min(Comparator.comparing(Node::getURI));
    }

    private static ResourceRef ref(ResourceReader g, Triple incoming) {
        return g.ref(incoming.getSubject());
    }

    private static Value value(ResourceReader g, Node o) {
        if (o.isLiteral()) {
            return new Value(o.getLiteralLexicalForm(), "");
        }
        if (o.isURI()) {
            return new Value(g.label(o), o.getURI());
        }
        return new Value(o.toString(), "");
    }

    private record GroupKey(Node relation, boolean inverse) {}
}
