package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Catalog;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactQuery.Direction;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.search.InvalidSearchException;
import org.designregistry.model.search.SearchQuery;
import org.designregistry.model.search.SearchResult;
import org.designregistry.ontology.RegistryOntology;

/**
 * Impact analysis over a registry: what a change to some resources touches, the chain of links that
 * explains each hit, who owns it and which approvals must be revisited.
 *
 * <pre>{@code
 * ImpactAnalysis impact = ImpactAnalysis.of(registry);
 * ImpactReport report = impact.analyse(ImpactQuery.from("DI-037").build());
 * report.hits().forEach(hit -> System.out.println(hit.path()));
 * }</pre>
 *
 * <p><b>What carries change.</b> Only relations annotated with {@code dr:changePropagates}, in the
 * ontology or in the data itself, and only the way the annotation says: for a triple {@code (s p
 * o)} with {@code p dr:changePropagates dr:toSubject}, a change to {@code o} impacts {@code s};
 * with {@code dr:toObject}, a change to {@code s} impacts {@code o}. Loading Turtle that declares a
 * new relation with the annotation is enough for the next analysis to follow it.
 *
 * <p><b>How.</b> The propagating links are held in a compact {@link ImpactIndex} (integer ids, two
 * compressed sparse row arrays), built in one read transaction and rebuilt, on the next analysis,
 * after any write commits. A walk is an iterative breadth-first search over that index, with a
 * parent pointer per resource: cycle-safe, deterministic (neighbours by relation, then IRI), and
 * every hit comes with a shortest path. Owners, status and approvals are read from the store after
 * the walk, for the hits only. See {@link ImpactTraverser} for the same walks as lazy iterables.
 *
 * <p>Thread-safe: analyses may run concurrently; a rebuild of the index happens once.
 */
public final class ImpactAnalysis {

    private static final int UNLIMITED_DEPTH = Integer.MAX_VALUE - 2;

    private final Registry registry;
    private final DatasetGraph dataset;
    private final Graph terms;
    private final IndexFreshness freshness;

    private ImpactAnalysis(Registry registry) {
        this.registry = registry;
        this.dataset = registry.dataset();
        this.terms = new GraphReadOnly(RegistryOntology.terms().getGraph());
        this.freshness =
                new IndexFreshness(
                        registry::version,
                        version ->
                                Txn.calculateRead(
                                        dataset,
                                        () ->
                                                IndexBuilder.build(
                                                        dataset.getDefaultGraph(), terms, version)),
                        (index, commits, version) ->
                                Txn.calculateRead(
                                        dataset,
                                        () ->
                                                IndexUpdate.apply(
                                                        index,
                                                        commits,
                                                        dataset.getDefaultGraph(),
                                                        terms,
                                                        version)));
        registry.addCommitListener(freshness::committed);
    }

    /**
     * Returns the impact analysis of a registry. Make one per registry and keep it: it holds the
     * index, and follows the registry's commits for as long as the registry is open.
     */
    public static ImpactAnalysis of(Registry registry) {
        return new ImpactAnalysis(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Returns the index of the registry's propagating links as of the latest commit, bringing it up
     * to date first from the changes of the writes committed since the last request.
     */
    public ImpactIndex index() {
        return freshness.current();
    }

    /**
     * Returns what a change to the query's starts touches.
     *
     * <p>A query with search text also starts from the best hits of that search on {@link
     * Registry#search()} (as many as its search limit), after the starts it names; the report lists
     * them in {@link ImpactReport#searchHits()}.
     *
     * @throws IllegalArgumentException if a start does not name a resource of the registry (or
     *     names several), a relation or type filter names none, the search text cannot be read, or
     *     the search finds nothing and there is no other start
     */
    public ImpactReport analyse(ImpactQuery query) {
        Objects.requireNonNull(query, "query");
        long deadline = System.nanoTime() + query.timeBudget().toNanos();
        List<String> found = searchHits(query);
        ImpactIndex index = index();
        return Txn.calculateRead(
                dataset,
                () -> {
                    Graph graph = new GraphReadOnly(new Union(dataset.getDefaultGraph(), terms));
                    ResourceReader reader = new ResourceReader(graph, dataset.getDefaultGraph());
                    List<ResourceRef> starts = resolve(query.from(), reader);
                    List<ResourceRef> searchHits = new ArrayList<>();
                    for (String iri : found) {
                        ResourceRef hit = reader.ref(NodeFactory.createURI(iri));
                        searchHits.add(hit);
                        if (!starts.contains(hit)) {
                            starts.add(hit);
                        }
                    }
                    boolean[] relations = Names.relations(index, query.relations());
                    boolean[] types = Names.types(index, graph, query.types());
                    int[] ids =
                            starts.stream()
                                    .mapToInt(s -> index.id(s.iri()))
                                    .filter(id -> id >= 0)
                                    .toArray();
                    int maxDepth = query.maxDepth().orElse(UNLIMITED_DEPTH);
                    List<ReportAssembler.Outcome> outcomes = new ArrayList<>();
                    Optional<ImpactReport.Cut> skipped = Optional.empty();
                    int remaining = query.maxResults();
                    for (Direction d : walks(query.direction())) {
                        if (!outcomes.isEmpty()
                                && outcomes.get(0).walk().end != Walk.End.COMPLETE) {
                            skipped = Optional.of(skippedWalk(d, outcomes.get(0).walk()));
                            break;
                        }
                        Walk w =
                                Walk.run(
                                        index,
                                        d == Direction.DOWNSTREAM,
                                        ids,
                                        relations,
                                        types,
                                        maxDepth,
                                        remaining,
                                        deadline,
                                        query.allShortestPaths());
                        remaining -= w.size - w.startCount;
                        outcomes.add(new ReportAssembler.Outcome(w, d, maxDepth, relations, types));
                    }
                    return ReportAssembler.assemble(
                            index,
                            query,
                            starts,
                            searchHits,
                            outcomes,
                            query.details() ? reader : null,
                            skipped);
                });
    }

    private static List<Direction> walks(Direction direction) {
        return direction == Direction.BOTH
                ? List.of(Direction.DOWNSTREAM, Direction.UPSTREAM)
                : List.of(direction);
    }

    private static ImpactReport.Cut skippedWalk(Direction d, Walk first) {
        ImpactReport.Limit limit =
                first.end == Walk.End.TIME
                        ? ImpactReport.Limit.TIME
                        : ImpactReport.Limit.RESULT_CAP;
        return new ImpactReport.Cut(
                limit,
                d,
                0,
                first.startCount,
                List.of(),
                "The "
                        + d.name().toLowerCase(java.util.Locale.ROOT)
                        + " walk did not run: the "
                        + (limit == ImpactReport.Limit.TIME ? "time budget" : "result limit")
                        + " was used up by the downstream walk");
    }

    /** Returns the IRIs of the best hits of the query's search, best first; none without one. */
    private List<String> searchHits(ImpactQuery query) {
        if (query.search().isEmpty()) {
            return List.of();
        }
        SearchResult result;
        try {
            result =
                    registry.search()
                            .search(SearchQuery.of(query.search()).page(query.searchLimit(), 0));
        } catch (InvalidSearchException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (result.hits().isEmpty() && query.from().isEmpty()) {
            throw new IllegalArgumentException(
                    "Nothing matches the search '"
                            + query.search()
                            + "': there is no resource to start from");
        }
        return result.hits().stream().map(SearchResult.Hit::iri).toList();
    }

    private List<ResourceRef> resolve(List<String> from, ResourceReader reader) {
        Catalog catalog = registry.catalog();
        List<ResourceRef> starts = new ArrayList<>();
        for (String text : from) {
            ResourceRef start = resolveOne(text.strip(), catalog, reader);
            if (!starts.contains(start)) {
                starts.add(start);
            }
        }
        return starts;
    }

    private ResourceRef resolveOne(String text, Catalog catalog, ResourceReader reader) {
        if (text.contains("://") || text.startsWith("urn:")) {
            Node node = NodeFactory.createURI(text);
            if (!dataset.getDefaultGraph().contains(node, Node.ANY, Node.ANY)
                    && !dataset.getDefaultGraph().contains(Node.ANY, Node.ANY, node)) {
                throw new IllegalArgumentException(
                        "Unknown resource <" + text + ">: the registry says nothing about it");
            }
            return reader.ref(node);
        }
        Optional<ResourceRef> found;
        try {
            found = catalog.resolve(Ref.parse(text));
        } catch (RegistryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return found.map(r -> reader.ref(r.iri()))
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown resource '"
                                                + text
                                                + "': no registry resource has that identifier"
                                                + " (a reference is "
                                                + Ref.GRAMMAR
                                                + ", such as DI-037 or interface:IF-041)"));
    }
}
