package org.designregistry.model.browse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Decision;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.ontology.RegistryOntology;

/**
 * Reads a registry the way a person browses it: one resource described in full, lists of resources
 * narrowed by facets and paged, the validation health and the latest decisions.
 *
 * <pre>{@code
 * RegistryBrowser browser = RegistryBrowser.of(registry);
 * browser.describe(Ref.parse("data-item:DI-037")).map(Description::links);
 * browser.list(ListQuery.of(Ref.Kind.ARTEFACT).filter(Facet.STATUS, "Approved"));
 * }</pre>
 *
 * <p>Each call reads one snapshot. The listing's items and the health are computed once per
 * registry {@link Registry#version() version} and kept until the next write: validation takes
 * seconds on a large registry. Instances are safe to share between threads.
 */
public final class RegistryBrowser {

    private static final Comparator<Decision> NEWEST_FIRST =
            Comparator.comparing((Decision d) -> d.date().orElse(LocalDate.MIN))
                    .reversed()
                    .thenComparing(Decision::label)
                    .thenComparing(Decision::iri);

    private final Registry registry;
    private final Graph terms;
    private final Graph shapes;
    private final VersionedCache<List<Listing.Item>> items;
    private final VersionedCache<Map<String, Listing.Item>> itemsByIri;
    private final VersionedCache<Health> health;
    private final VersionedCache<Listing> firstPageOfAll;
    private final VersionedCache<Long> size;
    private final VersionedCache<List<Decision>> decisionsNewestFirst;
    private final VersionedCache<Map<String, List<Decision>>> decisionsBySubject;

    private RegistryBrowser(Registry registry) {
        this.registry = registry;
        this.terms = new GraphReadOnly(RegistryOntology.terms().getGraph());
        this.shapes = new GraphReadOnly(RegistryOntology.shapes());
        this.items = new VersionedCache<>(registry::version, this::readItems);
        this.itemsByIri =
                new VersionedCache<>(
                        registry::version,
                        () ->
                                items.get().stream()
                                        .collect(
                                                Collectors.toUnmodifiableMap(
                                                        i -> i.resource().iri(), i -> i)));
        this.health = new VersionedCache<>(registry::version, this::readHealth);
        // The home page asks for these on every view; each reads every resource or decision.
        this.firstPageOfAll =
                new VersionedCache<>(
                        registry::version, () -> Listing.answer(ListQuery.all(), items.get()));
        this.size = new VersionedCache<>(registry::version, registry::size);
        this.decisionsNewestFirst =
                new VersionedCache<>(
                        registry::version,
                        () ->
                                registry.catalog().decisions().stream()
                                        .sorted(NEWEST_FIRST)
                                        .toList());
        // Each resource page shows the decisions about it: read them all once per version.
        this.decisionsBySubject =
                new VersionedCache<>(registry::version, this::readDecisionsBySubject);
    }

    /** Returns a browser over a registry, reading the terms and shapes once. */
    public static RegistryBrowser of(Registry registry) {
        return new RegistryBrowser(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Returns the description of the resource with this IRI, or empty when the data does not
     * describe it (it is the subject of no triple).
     */
    public Optional<Description> describe(String iri) {
        Objects.requireNonNull(iri, "iri");
        Node node = NodeFactory.createURI(iri);
        Optional<Description> found =
                read(
                        g ->
                                g.isDescribed(node)
                                        ? Optional.of(Description.read(g, node, List.of()))
                                        : Optional.empty());
        return found.map(
                d ->
                        new Description(
                                d.resource(),
                                d.kind(),
                                d.types(),
                                d.illustrative(),
                                d.properties(),
                                d.links(),
                                decisionsAbout(iri)));
    }

    /**
     * Returns the description of the resource with this IRI in {@code data}, a graph of the
     * registry as it was (such as a baseline's), without the decisions about it, or empty when
     * {@code data} does not describe it; call inside the read transaction {@code data} belongs to.
     */
    public Optional<Description> describeIn(Graph data, String iri) {
        Objects.requireNonNull(data, "data");
        Node node = NodeFactory.createURI(Objects.requireNonNull(iri, "iri"));
        ResourceReader g = new ResourceReader(new Union(data, terms), data);
        return g.isDescribed(node)
                ? Optional.of(Description.read(g, node, List.of()))
                : Optional.empty();
    }

    /**
     * Returns the description of the resource with this IRI as it was just after change {@code
     * change} of the {@linkplain Registry#history() history} (0: before the first), or empty when
     * the data did not describe it then. Its properties, links and the labels and types of the
     * resources it links to are as they were; the decisions about it are left out.
     *
     * @throws org.designregistry.model.RegistryException if there is no such change
     */
    public Optional<Description> describeAsOf(String iri, long change) {
        Objects.requireNonNull(iri, "iri");
        return registry.history().readAsOf(change, iri, data -> describeIn(data, iri));
    }

    /**
     * Returns the resources a reference matches (see {@link
     * org.designregistry.model.catalog.Catalog#find(Ref)}).
     */
    public List<ResourceRef> find(Ref ref) {
        return registry.catalog().find(ref);
    }

    /**
     * Returns every resource a query selects, on every page, in its order: what a download of the
     * list holds. The items are the ones pages show, so the two agree.
     */
    public List<Listing.Item> rows(ListQuery query) {
        return Listing.rows(Objects.requireNonNull(query, "query"), items.get());
    }

    /**
     * Returns the list items of the resources with these IRIs, in the same order, leaving out those
     * the data does not type: what a list of search hits or gaps shows beside each resource.
     */
    public List<Listing.Item> items(List<String> iris) {
        Map<String, Listing.Item> byIri = itemsByIri.get();
        return iris.stream().map(byIri::get).filter(Objects::nonNull).toList();
    }

    /** Returns the page of resources a query selects, with its facets. */
    public Listing list(ListQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.equals(ListQuery.all())) {
            return firstPageOfAll.get();
        }
        return Listing.answer(query, items.get());
    }

    /**
     * Returns the number of triples in the registry's data, counted once per version (a count walks
     * the store's index).
     */
    public long size() {
        return size.get();
    }

    /** Returns the validation health of the registry as it is now. */
    public Health health() {
        return health.get();
    }

    /**
     * Returns the latest decisions, newest first (then by label); at most {@code limit} of them.
     */
    public List<Decision> recentDecisions(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        List<Decision> all = decisionsNewestFirst.get();
        return all.subList(0, Math.min(limit, all.size()));
    }

    private List<Decision> decisionsAbout(String iri) {
        return decisionsBySubject.get().getOrDefault(iri, List.of());
    }

    /** The decisions that approve, reject or refer each resource, in the catalogue's order. */
    private Map<String, List<Decision>> readDecisionsBySubject() {
        Map<String, List<Decision>> bySubject = new HashMap<>();
        for (Decision decision : registry.catalog().decisions()) {
            Set<String> subjects = new LinkedHashSet<>();
            Stream.of(decision.approves(), decision.rejects(), decision.refers())
                    .flatMap(List::stream)
                    .map(ResourceRef::iri)
                    .forEach(subjects::add);
            subjects.forEach(
                    iri -> bySubject.computeIfAbsent(iri, k -> new ArrayList<>()).add(decision));
        }
        bySubject.replaceAll((iri, decisions) -> List.copyOf(decisions));
        return Map.copyOf(bySubject);
    }

    private List<Listing.Item> readItems() {
        List<Listing.Item> read =
                read(
                        g ->
                                typedResources(g.data())
                                        .map(node -> Listing.Item.read(g, node))
                                        .sorted((a, b) -> a.resource().compareTo(b.resource()))
                                        .toList());
        Map<String, ChangeRecord> last =
                registry.history().lastChanges(read.stream().map(i -> i.resource().iri()).toList());
        return read.stream()
                .map(
                        i ->
                                i.changedAt(
                                        Optional.ofNullable(last.get(i.resource().iri()))
                                                .map(ChangeRecord::time)))
                .toList();
    }

    private Health readHealth() {
        long version = registry.version();
        ValidationReport report = registry.validate();
        return read(g -> Health.of(version, report, g, shapes));
    }

    /** Returns every IRI-named subject of the data that has an {@code rdf:type}, by IRI. */
    private static Stream<Node> typedResources(Graph data) {
        return data.stream(Node.ANY, RDF.type.asNode(), Node.ANY)
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .distinct()
                .sorted(Comparator.comparing(Node::getURI));
    }

    /** Runs a query in one read transaction over the data and the data joined with the terms. */
    private <T> T read(Function<ResourceReader, T> query) {
        return registry.read(
                model -> {
                    Graph data = model.getGraph();
                    return query.apply(new ResourceReader(new Union(data, terms), data));
                });
    }
}
