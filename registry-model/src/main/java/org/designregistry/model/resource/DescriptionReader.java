package org.designregistry.model.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.resource.ResourceDescription.LinkGroup;
import org.designregistry.model.resource.ResourceDescription.Linked;
import org.designregistry.model.resource.ResourceDescription.PropertyValues;
import org.designregistry.ontology.DR;

/**
 * Reads descriptions, summaries and linked-data views of resources, built on the shared reader of
 * references, labels, kinds and links. Call inside a read (or write) transaction.
 */
final class DescriptionReader {

    static final Comparator<ResourceSummary> SUMMARY_ORDER =
            Comparator.comparing((ResourceSummary s) -> s.identifier().isEmpty())
                    .thenComparing(ResourceSummary::identifier)
                    .thenComparing(ResourceSummary::label)
                    .thenComparing(ResourceSummary::iri);

    private static final Node TYPE = RDF.type.asNode();
    private static final Term NO_TERM = new Term("", "", "");

    private final ResourceReader reader;
    private final Graph data;

    DescriptionReader(ResourceReader reader) {
        this.reader = reader;
        this.data = reader.data();
    }

    Optional<ResourceDescription> describe(Node node) {
        if (!reader.isDescribed(node)) {
            return Optional.empty();
        }
        Map<Node, List<Value>> values = new TreeMap<>(Comparator.comparing(this::name));
        Map<Node, List<Node>> outgoing = new TreeMap<>(Comparator.comparing(this::name));
        data.stream(node, Node.ANY, Node.ANY)
                .filter(t -> !t.getPredicate().equals(TYPE))
                .forEach(
                        t -> {
                            Node o = t.getObject();
                            if (reader.isDescribed(o)) {
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
        return Optional.of(
                new ResourceDescription(
                        node.getURI(),
                        reader.identifier(node),
                        reader.label(node),
                        reader.kind(node),
                        reader.types(node).stream().map(this::term).toList(),
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
                found.addAll(reader.instances(classIri));
            }
        }
        return found.stream().map(this::summary).toList();
    }

    ResourceSummary summary(Node node) {
        Optional<Ref.Kind> kind = reader.kind(node);
        Optional<Node> artefactType = reader.object(node, DR.artefactType);
        Optional<Node> phase =
                artefactType
                        .flatMap(t -> reader.object(t, DR.phase))
                        .or(() -> reader.object(node, DR.phase));
        return new ResourceSummary(
                node.getURI(),
                reader.identifier(node),
                reader.label(node),
                kind,
                mainType(reader.types(node), kind).map(this::term).orElse(NO_TERM),
                reader.object(node, DR.status).map(this::term),
                artefactType.map(this::term),
                phase.map(this::term),
                reader.related(node, DR.ownedBy, DR.ownerOf));
    }

    Term term(Node node) {
        return new Term(node.getURI(), name(node), reader.label(node));
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
        ResourceRef ref = reader.ref(node);
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
            return new Value(node.getURI(), reader.label(node), "", "");
        }
        return new Value("", "_:" + node.getBlankNodeLabel(), "", "");
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

    private String name(Node node) {
        return Names.name(node.getURI());
    }

    private static final List<Node> LABEL_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    /** Returns the triple that labels a node: its label, else its preferred label, else title. */
    private Optional<Triple> label(Node node) {
        for (Node property : LABEL_PROPERTIES) {
            Optional<String> text = Labels.text(reader.graph(), node, property);
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
