package org.designregistry.model.resource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.Labels;
import org.designregistry.model.resource.ResourceDescription.LinkGroup;
import org.designregistry.model.resource.ResourceDescription.Linked;
import org.designregistry.model.resource.ResourceDescription.PropertyValues;
import org.designregistry.ontology.DR;

/**
 * Reads descriptions and summaries of resources from the data graph, labelled from the data joined
 * with the terms. Call inside a read (or write) transaction.
 */
final class ResourceReader {

    static final Comparator<ResourceSummary> SUMMARY_ORDER =
            Comparator.comparing((ResourceSummary s) -> s.identifier().isEmpty())
                    .thenComparing(ResourceSummary::identifier)
                    .thenComparing(ResourceSummary::label)
                    .thenComparing(ResourceSummary::iri);

    private static final Node TYPE = RDF.type.asNode();
    private static final Term NO_TERM = new Term("", "", "");

    private final Graph data;
    private final Graph labelled;

    /**
     * @param data the registry graph
     * @param labelled the registry graph joined with the terms
     */
    ResourceReader(Graph data, Graph labelled) {
        this.data = data;
        this.labelled = labelled;
    }

    /** Returns true when the data has a triple about the node. */
    boolean isDescribed(Node node) {
        return data.contains(node, Node.ANY, Node.ANY);
    }

    Optional<ResourceDescription> describe(Node node) {
        if (!node.isURI() || !isDescribed(node)) {
            return Optional.empty();
        }
        Map<Node, List<Value>> values = new TreeMap<>(Comparator.comparing(this::name));
        Map<Node, List<Node>> outgoing = new TreeMap<>(Comparator.comparing(this::name));
        data.stream(node, Node.ANY, Node.ANY)
                .filter(t -> !t.getPredicate().equals(TYPE))
                .forEach(
                        t -> {
                            Node o = t.getObject();
                            if (o.isURI() && isDescribed(o)) {
                                outgoing.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                                        .add(o);
                            } else {
                                values.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                                        .add(value(o));
                            }
                        });
        Map<Node, List<Node>> incoming = new TreeMap<>(Comparator.comparing(this::name));
        data.stream(Node.ANY, Node.ANY, node)
                .filter(t -> t.getSubject().isURI())
                .forEach(
                        t ->
                                incoming.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                                        .add(t.getSubject()));
        List<Node> types = types(node);
        return Optional.of(
                new ResourceDescription(
                        node.getURI(),
                        identifier(node),
                        Labels.label(labelled, node),
                        kind(types),
                        types.stream().map(this::term).toList(),
                        values.entrySet().stream()
                                .map(
                                        e ->
                                                new PropertyValues(
                                                        term(e.getKey()),
                                                        e.getValue().stream()
                                                                .sorted(VALUE_ORDER)
                                                                .toList()))
                                .toList(),
                        groups(outgoing),
                        groups(incoming),
                        Versions.of(data, node)));
    }

    /** Returns the summaries of the resources of a kind, or of every kind, unsorted. */
    List<ResourceSummary> summaries(Optional<Ref.Kind> kind) {
        List<Ref.Kind> kinds = kind.map(List::of).orElseGet(() -> Arrays.asList(Ref.Kind.values()));
        Set<Node> found = new LinkedHashSet<>();
        for (Ref.Kind k : kinds) {
            for (String classIri : k.classIris()) {
                for (Node c : subclasses(NodeFactory.createURI(classIri))) {
                    data.stream(Node.ANY, TYPE, c)
                            .map(Triple::getSubject)
                            .filter(Node::isURI)
                            .forEach(found::add);
                }
            }
        }
        return found.stream().map(this::summary).toList();
    }

    ResourceSummary summary(Node node) {
        List<Node> types = types(node);
        Optional<Ref.Kind> kind = kind(types);
        Optional<Node> artefactType = object(node, DR.artefactType.asNode());
        Optional<Node> phase =
                artefactType
                        .flatMap(t -> object(labelled, t, DR.phase.asNode()))
                        .or(() -> object(data, node, DR.phase.asNode()));
        return new ResourceSummary(
                node.getURI(),
                identifier(node),
                Labels.label(labelled, node),
                kind,
                mainType(types, kind).map(this::term).orElse(NO_TERM),
                object(node, DR.status.asNode()).map(this::term),
                artefactType.map(this::term),
                phase.map(this::term),
                related(node, DR.ownedBy.asNode(), DR.ownerOf.asNode()));
    }

    /** Returns the resources linked by a relation stated either way, sorted. */
    List<ResourceRef> related(Node node, Node forward, Node inverse) {
        Set<Node> linked = new LinkedHashSet<>();
        data.stream(node, forward, Node.ANY).map(Triple::getObject).forEach(linked::add);
        data.stream(Node.ANY, inverse, node).map(Triple::getSubject).forEach(linked::add);
        return linked.stream().filter(Node::isURI).map(this::ref).sorted().toList();
    }

    Term term(Node node) {
        return new Term(node.getURI(), name(node), Labels.label(labelled, node));
    }

    ResourceRef ref(Node node) {
        List<Node> types = types(node);
        return new ResourceRef(
                node.getURI(),
                identifier(node),
                Labels.label(labelled, node),
                mainType(types, kind(types)).map(Node::getURI).orElse(""));
    }

    private List<LinkGroup> groups(Map<Node, List<Node>> links) {
        return links.entrySet().stream()
                .map(
                        e ->
                                new LinkGroup(
                                        term(e.getKey()),
                                        e.getValue().stream()
                                                .distinct()
                                                .map(this::linked)
                                                .sorted(Comparator.comparing(Linked::resource))
                                                .toList()))
                .toList();
    }

    private Linked linked(Node node) {
        ResourceRef ref = ref(node);
        return new Linked(
                ref,
                ref.typeIri().isEmpty() ? NO_TERM : term(NodeFactory.createURI(ref.typeIri())));
    }

    private static final Comparator<Value> VALUE_ORDER =
            Comparator.comparing(Value::isIri)
                    .thenComparing(Value::text)
                    .thenComparing(Value::iri)
                    .thenComparing(Value::language)
                    .thenComparing(Value::datatype);

    private Value value(Node node) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return new Value(
                    "",
                    node.getLiteralLexicalForm(),
                    lang.isEmpty() ? node.getLiteralDatatypeURI() : "",
                    lang);
        }
        if (node.isURI()) {
            return new Value(node.getURI(), Labels.label(labelled, node), "", "");
        }
        return new Value("", "_:" + node.getBlankNodeLabel(), "", "");
    }

    private String identifier(Node node) {
        return Labels.text(data, node, DCTerms.identifier.asNode()).orElse("");
    }

    private List<Node> types(Node node) {
        return data.stream(node, TYPE, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .sorted(Comparator.comparing(Node::getURI))
                .toList();
    }

    private static Optional<Ref.Kind> kind(List<Node> types) {
        return types.stream()
                .map(t -> Ref.Kind.ofClass(t.getURI()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The type that belongs to the kind (the most specific listed), else the first. */
    private static Optional<Node> mainType(List<Node> types, Optional<Ref.Kind> kind) {
        Function<Node, Integer> rank =
                t ->
                        kind.map(
                                        k -> {
                                            int i = k.classIris().indexOf(t.getURI());
                                            // Subclasses are listed after the main class: prefer
                                            // the most specific one the resource states.
                                            return i < 0 ? Integer.MAX_VALUE : -i;
                                        })
                                .orElse(0);
        return types.stream().min(Comparator.comparing(rank));
    }

    private Optional<Node> object(Node subject, Node property) {
        return object(data, subject, property);
    }

    private static Optional<Node> object(Graph graph, Node subject, Node property) {
        return graph.stream(subject, property, Node.ANY)
                .map(Triple::getObject)
                .filter(Node::isURI)
                .min(Comparator.comparing(Node::getURI));
    }

    private String name(Node node) {
        return Names.name(node.getURI());
    }

    /** Returns the class and its subclasses by {@code rdfs:subClassOf}; safe on cycles. */
    private Set<Node> subclasses(Node type) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Node next = queue.removeFirst();
            if (seen.add(next)) {
                labelled.stream(Node.ANY, RDFS.subClassOf.asNode(), next)
                        .map(Triple::getSubject)
                        .forEach(queue::add);
            }
        }
        return seen;
    }

    private static final List<Node> LABEL_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    /** Returns the triple that labels a node: its label, else its preferred label, else title. */
    private Optional<Triple> label(Node node) {
        for (Node property : LABEL_PROPERTIES) {
            Optional<String> text = Labels.text(labelled, node, property);
            if (text.isPresent()) {
                return Optional.of(
                        Triple.create(node, property, NodeFactory.createLiteralString(text.get())));
            }
        }
        return Optional.empty();
    }

    /** Returns the triples a linked-data view of a node holds; see {@code Resources}. */
    Stream<Triple> linkedData(Node node) {
        Set<Node> linked = new LinkedHashSet<>();
        List<Triple> own = data.stream(node, Node.ANY, Node.ANY).toList();
        own.stream().map(Triple::getObject).filter(Node::isURI).forEach(linked::add);
        linked.remove(node);
        Stream<Triple> labels = linked.stream().flatMap(n -> label(n).stream());
        return Stream.concat(own.stream(), labels);
    }
}
