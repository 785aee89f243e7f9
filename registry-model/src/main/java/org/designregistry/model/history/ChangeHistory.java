package org.designregistry.model.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.history.ChangeQuery.ChangeBound;

/**
 * The registry's change history: every committed write that changed the registry graph, as a
 * numbered {@link ChangeRecord} with its {@link ChangePatch}, and the registry (or one resource) as
 * it was after any change. Records are written by the registry itself, in the transaction of the
 * write they describe (see {@link ChangeRecorder}); this class only reads them, and no API edits or
 * deletes them. Each call is one read transaction.
 *
 * <p>The records live in the named graph {@value #GRAPH_IRI} of the registry's store, as PROV-O
 * activities ({@code prov:Activity} with {@code dcterms:identifier}, {@code prov:endedAtTime},
 * {@code prov:wasAssociatedWith} an agent with a {@code foaf:name}, {@code dr:route}, {@code
 * rdfs:comment} for the message, {@code dr:changeRequestId}, one {@code prov:used} per touched
 * resource and {@code dr:patch}), so SPARQL can ask about them with {@code GRAPH}.
 *
 * <pre>{@code
 * ChangeHistory history = registry.history();
 * ChangePage latest = history.list(ChangeQuery.all().withResource(des138));
 * Graph then = history.registryAsOf(latest.items().get(0).number() - 1);
 * }</pre>
 */
public final class ChangeHistory {

    /** The IRI of the named graph that holds the change records. */
    public static final String GRAPH_IRI = HistoryTerms.GRAPH_IRI;

    private final DatasetGraph dataset;
    private final LongSupplier version;

    private ChangeHistory(DatasetGraph dataset, LongSupplier version) {
        this.dataset = dataset;
        this.version = version;
    }

    /**
     * Returns the history of a registry. Reads go through an in-memory index of the records (one
     * per registry, built on first use and caught up after each commit), so listing, a resource's
     * history and the past cost about what they return, not the length of the history.
     */
    public static ChangeHistory of(Registry registry) {
        Objects.requireNonNull(registry, "registry");
        return new ChangeHistory(registry.dataset(), registry::version);
    }

    /** Returns the IRI of change {@code number} in the history graph. */
    public static String changeIri(long number) {
        return HistoryTerms.change(number).getURI();
    }

    /** Returns the number a change IRI of the history graph names, or empty if it names none. */
    public static OptionalLong changeNumber(Node iri) {
        return HistoryTerms.number(iri).map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    /** Returns the number of the latest change, or 0 when none has been recorded. */
    public long latest() {
        return read((reader, index) -> index.latest());
    }

    /** Returns one page of the changes the query matches, newest first, with their count. */
    public ChangePage list(ChangeQuery query) {
        Objects.requireNonNull(query, "query");
        return read(
                (reader, index) -> {
                    long skip = (long) query.page() * query.size();
                    long[] total = {0};
                    List<ChangeRecord> items = new ArrayList<>();
                    LongConsumer match =
                            number -> {
                                if (total[0] >= skip && items.size() < query.size()) {
                                    reader.record(number).ifPresent(items::add);
                                }
                                total[0]++;
                            };
                    if (query.resource().isPresent()) {
                        Node resource = NodeFactory.createURI(query.resource().get());
                        for (long number : index.touching(resource)) {
                            if (index.get(number).filter(query::matches).isPresent()) {
                                match.accept(number);
                            }
                        }
                    } else {
                        for (int i = 0; i < index.size(); i++) {
                            ChangeRecord indexed = index.fromNewest(i);
                            if (query.matches(indexed)) {
                                match.accept(indexed.number());
                            }
                        }
                    }
                    return new ChangePage(items, query.page(), query.size(), total[0]);
                });
    }

    /**
     * Returns, for each of {@code iris} that a recorded change touched, the latest such change (its
     * number, time, principal and route; without message or touched list), from the in-memory
     * index: about a map look-up per resource.
     */
    public Map<String, ChangeRecord> lastChanges(Collection<String> iris) {
        Objects.requireNonNull(iris, "iris");
        return read(
                (reader, index) -> {
                    Map<String, ChangeRecord> last = new HashMap<>();
                    for (String iri : iris) {
                        List<Long> numbers = index.touching(NodeFactory.createURI(iri));
                        if (!numbers.isEmpty()) {
                            index.get(numbers.get(0)).ifPresent(r -> last.put(iri, r));
                        }
                    }
                    return last;
                });
    }

    /** Returns the record of change {@code number}, or empty if there is none. */
    public Optional<ChangeRecord> get(long number) {
        return read((reader, index) -> reader.record(number));
    }

    /** Returns the patch of change {@code number}, or empty if there is none. */
    public Optional<ChangePatch> patch(long number) {
        return read((reader, index) -> reader.patch(number));
    }

    /** Returns change {@code number} with its triples labelled, or empty if there is none. */
    public Optional<ChangeDetails> describe(long number) {
        return read(
                (reader, index) ->
                        reader.entry(number)
                                .map(
                                        entry ->
                                                new ChangeDescriber(dataset.getDefaultGraph())
                                                        .details(entry.record(), entry.patch())));
    }

    /**
     * Returns one page of the changes that touched the resource {@code iri}, newest first, each as
     * a readable difference per property or link, with the count of all of them. The index names
     * the changes; the page reads only its own, each record with its patch in one scan.
     *
     * @param page the page, from 0
     * @param size the changes per page, 1 to {@value ChangeQuery#MAX_SIZE}
     */
    public ResourceHistory resourceHistory(String iri, int page, int size) {
        Objects.requireNonNull(iri, "iri");
        ChangeQuery query = ChangeQuery.all().withResource(iri).withPage(page, size);
        Node resource = NodeFactory.createURI(iri);
        return read(
                (reader, index) -> {
                    List<Long> numbers = index.touching(resource);
                    long skip = (long) query.page() * query.size();
                    ChangeDescriber describer = new ChangeDescriber(dataset.getDefaultGraph());
                    List<ResourceChange> items = new ArrayList<>();
                    for (long i = skip; i < numbers.size() && items.size() < query.size(); i++) {
                        reader.entry(numbers.get((int) i))
                                .ifPresent(
                                        entry ->
                                                items.add(
                                                        new ResourceChange(
                                                                entry.record(),
                                                                describer.differences(
                                                                        index.patch(
                                                                                entry.record()
                                                                                        .number(),
                                                                                entry),
                                                                        resource))));
                    }
                    return new ResourceHistory(iri, items, page, size, numbers.size());
                });
    }

    /**
     * Returns the change number a bound names: the number itself, or for a time the last change
     * made at or before it (0 when none was).
     *
     * @throws RegistryException if the number is above the latest change
     */
    public long resolve(ChangeBound bound) {
        Objects.requireNonNull(bound, "bound");
        return read(
                (reader, index) -> {
                    if (bound instanceof ChangeBound.Time time) {
                        return index.numberAt(time.time());
                    }
                    long number = ((ChangeBound.Number) bound).number();
                    long latest = index.latest();
                    if (number > latest) {
                        throw new RegistryException(
                                "No change " + number + ": the latest change is " + latest);
                    }
                    return number;
                });
    }

    /**
     * Returns a copy of the whole registry graph as it was just after change {@code number} (0:
     * before the first recorded change), made by undoing every later change, newest first, on a
     * copy of the current graph. It costs a copy of the graph plus the later changes' patches.
     *
     * @throws RegistryException if the number is above the latest change
     */
    public Graph registryAsOf(long number) {
        return read(
                (reader, index) -> {
                    List<Long> later = later(index, number);
                    Graph copy = GraphMemFactory.createDefaultGraph();
                    copy.getPrefixMapping()
                            .setNsPrefixes(dataset.prefixes().getMapping())
                            .setNsPrefixes(RegistryPrefixes.asMap());
                    dataset.getDefaultGraph().find().forEachRemaining(copy::add);
                    for (long n : later) {
                        index.patch(reader, n).ifPresent(p -> undo(copy, p));
                    }
                    return copy;
                });
    }

    /**
     * Returns what {@code reader} makes of the registry graph as it was just after change {@code
     * number}, read in one transaction through the graph as it is now: each find undoes only the
     * later changes to the resources it names, so describing a resource and its neighbours costs
     * their own later changes, not the length of the history. Finds that name an IRI subject or
     * object are exact; a find naming no IRI, or a class with its instances, undoes every later
     * change once. The one thing read as it is now: the {@code rdf:type} triples of a class found
     * by the class alone, when it had instances then and has none now nor among those read so far.
     * The graph must not escape the reader.
     *
     * @throws RegistryException if the number is above the latest change
     */
    public <T> T readAsOf(long number, Function<Graph, T> reader) {
        Objects.requireNonNull(reader, "reader");
        return read(
                (history, index) -> {
                    check(index, number);
                    return reader.apply(
                            new PastGraph(dataset.getDefaultGraph(), history, index, number));
                });
    }

    /**
     * Returns what {@code reader} makes of the registry graph as it was just after change {@code
     * number}, as {@link #readAsOf(long, Function)}: the resource {@code iri} and every resource
     * the reader reads (labels and types of its neighbours too) are as they were then.
     *
     * @throws RegistryException if the number is above the latest change
     */
    public <T> T readAsOf(long number, String iri, Function<Graph, T> reader) {
        Objects.requireNonNull(iri, "iri");
        return readAsOf(number, reader);
    }

    private static List<Long> later(HistoryIndex.View index, long number) {
        check(index, number);
        return index.after(number);
    }

    private static void check(HistoryIndex.View index, long number) {
        long latest = index.latest();
        if (number < 0 || number > latest) {
            throw new RegistryException(
                    "No change " + number + ": give 0 to the latest change, " + latest);
        }
    }

    private static void undo(Graph graph, ChangePatch patch) {
        patch.added().forEach(graph::delete);
        patch.removed().forEach(graph::add);
    }

    /** Runs a query in one read transaction, with the index as that transaction sees it. */
    private <T> T read(BiFunction<HistoryReader, HistoryIndex.View, T> query) {
        // Read before the transaction begins, so the snapshot holds every commit it counts.
        long seen = version.getAsLong();
        HistoryIndex index = HistoryIndex.of(dataset);
        return Txn.calculateRead(
                dataset,
                () -> {
                    HistoryReader reader = new HistoryReader(dataset);
                    return query.apply(reader, index.view(reader, seen));
                });
    }
}
