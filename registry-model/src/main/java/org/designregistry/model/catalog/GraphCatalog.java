package org.designregistry.model.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RegistryException;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;

/** The catalog over a TDB2 (or any transactional) dataset: one read transaction per call. */
final class GraphCatalog implements Catalog {

    private static final Comparator<Decision> DECISION_ORDER =
            Comparator.comparing((Decision d) -> d.date().orElse(LocalDate.MAX))
                    .thenComparing(Decision::label)
                    .thenComparing(Decision::iri);

    private final DatasetGraph dataset;
    private final Graph terms;

    GraphCatalog(DatasetGraph dataset, Graph terms) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    @Override
    public List<Artefact> artefacts() {
        return all(
                DR.DesignArtefact,
                Artefact::read,
                Comparator.comparing(Artefact::identifier).thenComparing(Artefact::iri));
    }

    @Override
    public Optional<Artefact> artefact(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return read(
                g ->
                        withIdentifier(g, identifier)
                                .filter(n -> g.isA(n, DR.DesignArtefact.getURI()))
                                .min(Comparator.comparing(Node::getURI))
                                .map(n -> Artefact.read(g, n)));
    }

    @Override
    public List<BusinessProcess> processes() {
        return all(
                DR.BusinessProcess,
                BusinessProcess::read,
                Comparator.comparing(BusinessProcess::identifier)
                        .thenComparing(BusinessProcess::iri));
    }

    @Override
    public List<Interface> interfaces() {
        return all(
                DR.Interface,
                Interface::read,
                Comparator.comparing(Interface::identifier).thenComparing(Interface::iri));
    }

    @Override
    public List<DataItem> dataItems() {
        return all(
                DR.DataItem,
                DataItem::read,
                Comparator.comparing(DataItem::identifier).thenComparing(DataItem::iri));
    }

    @Override
    public List<Requirement> requirements() {
        return all(
                DR.Requirement,
                Requirement::read,
                Comparator.comparing(Requirement::identifier).thenComparing(Requirement::iri));
    }

    @Override
    public List<Decision> decisions() {
        return all(DR.Decision, Decision::read, DECISION_ORDER);
    }

    @Override
    public List<Workstream> workstreams() {
        return all(
                DR.Workstream,
                Workstream::read,
                Comparator.comparing(Workstream::identifier)
                        .thenComparing(Workstream::label)
                        .thenComparing(Workstream::iri));
    }

    @Override
    public List<Body> bodies() {
        return all(
                DR.GoverningBody,
                Body::read,
                Comparator.comparing(Body::identifier)
                        .thenComparing(Body::label)
                        .thenComparing(Body::iri));
    }

    @Override
    public List<ResourceRef> find(Ref ref) {
        Objects.requireNonNull(ref, "ref");
        return read(
                g ->
                        withIdentifier(g, ref.identifier())
                                .filter(n -> ref.kind().map(k -> isA(g, n, k)).orElse(true))
                                .map(g::ref)
                                .sorted()
                                .toList());
    }

    @Override
    public Optional<ResourceRef> resolve(Ref ref) {
        List<ResourceRef> found = find(ref);
        if (found.size() > 1 && ref.kind().isPresent()) {
            // A kind also matches its subclasses (a constituency is an organisation): the resource
            // whose own kind it is, as its printed reference says, is the one meant.
            List<ResourceRef> own =
                    found.stream()
                            .filter(r -> r.ref().flatMap(Ref::kind).equals(ref.kind()))
                            .toList();
            if (own.size() == 1) {
                return Optional.of(own.get(0));
            }
        }
        if (found.size() > 1) {
            throw new RegistryException(
                    "Reference '"
                            + ref
                            + "' is ambiguous: it matches "
                            + found.stream()
                                    .map(r -> r.ref().map(Ref::toString).orElse(r.iri()))
                                    .collect(Collectors.joining(", "))
                            + "; add the kind, as in "
                            + Ref.GRAMMAR);
        }
        return found.stream().findFirst();
    }

    private <T> List<T> all(
            Resource type, BiFunction<ResourceReader, Node, T> reader, Comparator<T> order) {
        return read(
                g ->
                        g.instances(type.getURI()).stream()
                                .map(n -> reader.apply(g, n))
                                .sorted(order)
                                .toList());
    }

    /** Returns the resources whose {@code dcterms:identifier} is this plain string. */
    private static Stream<Node> withIdentifier(ResourceReader g, String identifier) {
        return g.data().stream(
                        Node.ANY,
                        DCTerms.identifier.asNode(),
                        NodeFactory.createLiteralString(identifier))
                .map(Triple::getSubject)
                .filter(Node::isURI);
    }

    /** Returns true when a resource is an instance of one of the kind's classes or a subclass. */
    private static boolean isA(ResourceReader g, Node node, Ref.Kind kind) {
        return kind.classIris().stream().anyMatch(c -> g.isA(node, c));
    }

    /** Runs a query in one read transaction over the data and the data joined with the terms. */
    private <T> T read(Function<ResourceReader, T> query) {
        return Txn.calculateRead(
                dataset,
                () -> {
                    Graph data = new GraphReadOnly(dataset.getDefaultGraph());
                    return query.apply(new ResourceReader(new Union(data, terms), data));
                });
    }
}
