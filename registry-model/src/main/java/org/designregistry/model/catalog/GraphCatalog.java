package org.designregistry.model.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.designregistry.model.RegistryException;
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
                        g.withIdentifier(identifier)
                                .filter(r -> g.isA(r, DR.DesignArtefact))
                                .min(Comparator.comparing(Resource::getURI))
                                .map(r -> Artefact.read(g, r)));
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
                        g.withIdentifier(ref.identifier())
                                .filter(r -> ref.kind().map(k -> g.isA(r, k)).orElse(true))
                                .map(g::ref)
                                .sorted()
                                .toList());
    }

    @Override
    public Optional<ResourceRef> resolve(Ref ref) {
        List<ResourceRef> found = find(ref);
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
            Resource type, BiFunction<GraphReader, Resource, T> reader, Comparator<T> order) {
        return read(g -> g.instances(type).map(r -> reader.apply(g, r)).sorted(order).toList());
    }

    /** Runs a query in one read transaction over the data joined with the terms. */
    private <T> T read(Function<GraphReader, T> query) {
        return Txn.calculateRead(
                dataset,
                () ->
                        query.apply(
                                new GraphReader(
                                        ModelFactory.createModelForGraph(
                                                new GraphReadOnly(
                                                        new Union(
                                                                dataset.getDefaultGraph(),
                                                                terms))))));
    }
}
