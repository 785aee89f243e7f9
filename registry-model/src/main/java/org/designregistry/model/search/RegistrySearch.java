package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.designregistry.model.Commit;
import org.designregistry.model.CommitListener;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.ontology.DR;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text search index of one registry: ranked, faceted, typo-tolerant search over every
 * resource, type-ahead suggestions, and {@code text:query} in SPARQL over the registry's dataset.
 *
 * <p>Each resource is one Lucene document (its identifier, labels, alternative labels, description,
 * and the labels of its type, workstreams, status and phase). The index follows the store: after
 * every commit, by whatever path, the documents of the resources it touched are derived again, and
 * the change is searchable when the write call returns. A registry on disk keeps the index in the
 * {@code index} sub-folder of its data folder and opens it with the store, rebuilding it (with a
 * log line) when it is missing, corrupt, was not closed cleanly or disagrees with the store; one in
 * memory builds it on first use. Get it from {@link Registry#search()}.
 *
 * <pre>{@code
 * SearchResult result = registry.search().search(SearchQuery.of("change of supplier"));
 * result.hits().get(0).identifier();                         // "BP001"
 * registry.search().suggest("IF-04", 10);                    // IF-040, IF-041 ...
 * }</pre>
 *
 * <p>Safe to share between threads: searches run concurrently over point-in-time snapshots; index
 * changes are serialised.
 */
public final class RegistrySearch implements AutoCloseable {

    /** The sub-folder of a registry's data folder that holds the index. */
    public static final String INDEX_FOLDER = "index";

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySearch.class);

    private final Registry registry;
    private final Context context;
    private final Optional<Path> folder;
    private final TermLabels terms = TermLabels.standard();
    private final FacetsConfig facets = ResourceDocuments.facetsConfig();
    private final ResourceDocuments documents = new ResourceDocuments(terms, facets);
    private final CommitListener listener = this::committed;
    private final Object lock = new Object();
    private PropertyFunctionRegistry previousFunctions;
    private volatile SearchIndex index;
    private boolean stale;
    private boolean closed;
    private boolean missedCommits;
    private String rebuiltAtOpen;

    private RegistrySearch(Registry registry) {
        this.registry = registry;
        this.context = registry.dataset().getContext();
        this.folder = registry.location().map(dir -> dir.resolve(INDEX_FOLDER));
    }

    /**
     * Returns the search index of a registry, following its commits from now on; a registry calls
     * this once when it opens, and callers get the result from {@link Registry#search()}. On disk
     * the index is opened now (and rebuilt if it cannot be trusted); in memory on first use.
     *
     * @throws RegistryException if the index folder cannot be used
     */
    public static RegistrySearch attach(Registry registry) {
        Objects.requireNonNull(registry, "registry");
        RegistrySearch search = new RegistrySearch(registry);
        registry.addCommitListener(search.listener);
        search.installTextQuery();
        if (search.folder.isPresent()) {
            search.index();
        }
        return search;
    }

    /**
     * Returns one page of hits for a search, best first, with the facet counts of all its matches.
     *
     * @throws InvalidSearchException if the search text cannot be read, such as unbalanced quotes
     *     or a lone {@code *}
     */
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        SearchText text = SearchText.parse(query.text());
        return index().search(
                        searcher -> {
                            try {
                                Query q =
                                        new TextQueries(searcher, TextQueries.Scope.ALL)
                                                .query(text);
                                return new HitSearch(
                                                searcher,
                                                facets,
                                                terms,
                                                key -> workstreamLabel(searcher, key))
                                        .run(q, query);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    /**
     * Returns up to {@code limit} resources whose identifier or label words start with {@code
     * typed}: identifier matches first, then labels that start with it, shorter labels first. Blank
     * text gives none.
     *
     * @throws InvalidSearchException if the text is longer than 100 characters or the limit is not
     *     from 1 to 50
     */
    public List<Suggestion> suggest(String typed, int limit) {
        Objects.requireNonNull(typed, "typed");
        if (typed.length() > Suggester.MAX_TEXT_LENGTH) {
            throw new InvalidSearchException(
                    "The text to complete is "
                            + typed.length()
                            + " characters long; at most "
                            + Suggester.MAX_TEXT_LENGTH
                            + " are completed");
        }
        if (limit < 1 || limit > Suggester.MAX_LIMIT) {
            throw new InvalidSearchException(
                    "limit must be between 1 and " + Suggester.MAX_LIMIT + ", not " + limit);
        }
        Query query = typed.isBlank() ? null : Suggester.query(typed);
        if (query == null) {
            return List.of();
        }
        return index().search(
                        searcher -> {
                            try {
                                return Suggester.suggest(searcher, query, limit);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    /**
     * Rebuilds the index from the store and returns the number of resources indexed. Searches see
     * the old index until the new one is complete.
     */
    public int rebuild() {
        synchronized (lock) {
            requireOpen();
            if (index == null) {
                index = openIndex();
            }
            return rebuildLocked();
        }
    }

    /** Returns the number of resources in the index. */
    public int size() {
        return index().size();
    }

    /**
     * Closes the index; the registry does this when it closes. Should the store be written after
     * this, the index is marked to be rebuilt when next opened. Closing twice does nothing.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            // The listener stays: should the store be written after this, it marks the index for
            // a rebuild, rather than let the next open trust an index that missed a write.
            context.remove(TextQueryFunction.SEARCH);
            if (previousFunctions != null) {
                PropertyFunctionRegistry.set(context, previousFunctions);
            } else {
                context.remove(ARQConstants.registryPropertyFunctions);
            }
            if (index != null) {
                try {
                    index.close(!stale);
                } catch (IOException e) {
                    throw new RegistryException(
                            "Cannot close the search index: " + e.getMessage(), e);
                } finally {
                    index = null;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "RegistrySearch[" + folder.map(Path::toString).orElse("in memory") + "]";
    }

    /** Returns the matches of a {@code text:query}, best first; only {@code iri}'s if given. */
    List<TextQueryFunction.Match> match(TextQueryFunction.Request request, String iri) {
        SearchText text = SearchText.parse(request.text());
        if (text.isBlank()) {
            throw new InvalidSearchException("give words to search for");
        }
        return index().search(
                        searcher -> {
                            try {
                                BooleanQuery.Builder b =
                                        new BooleanQuery.Builder()
                                                .add(
                                                        new TextQueries(searcher, request.scope())
                                                                .query(text),
                                                        Occur.MUST);
                                if (request.classIri() != null) {
                                    b.add(term(Fields.TYPE_IRI, request.classIri()), Occur.FILTER);
                                }
                                if (iri != null) {
                                    b.add(term(Fields.IRI, iri), Occur.FILTER);
                                }
                                TopDocs top =
                                        searcher.search(
                                                b.build(), request.limit(), HitSearch.ORDER, true);
                                List<TextQueryFunction.Match> matches = new ArrayList<>();
                                var stored = searcher.storedFields();
                                for (ScoreDoc d : top.scoreDocs) {
                                    matches.add(
                                            new TextQueryFunction.Match(
                                                    stored.document(d.doc).get(Fields.IRI),
                                                    d.score));
                                }
                                return matches;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    /** Returns why the index was rebuilt when it was opened, or empty if it was trusted. */
    Optional<String> rebuiltAtOpen() {
        index();
        synchronized (lock) {
            return Optional.ofNullable(rebuiltAtOpen);
        }
    }

    /** Returns the result of reading the current searcher: for tests that inspect the index. */
    <T> T read(java.util.function.Function<FacetedSearcher, T> reader) {
        return index().search(reader);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private String workstreamLabel(FacetedSearcher searcher, String key) {
        return searcher.workstreamLabels()
                .computeIfAbsent(
                        key,
                        k -> {
                            try {
                                TopDocs top = searcher.search(term(Fields.WORKSTREAM_KEY, k), 1);
                                if (top.scoreDocs.length == 0) {
                                    return k;
                                }
                                return searcher.storedFields()
                                        .document(top.scoreDocs[0].doc)
                                        .get(Fields.DISPLAY);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    private void installTextQuery() {
        context.set(TextQueryFunction.SEARCH, this);
        previousFunctions = PropertyFunctionRegistry.get(context);
        PropertyFunctionRegistry functions =
                PropertyFunctionRegistry.createFrom(
                        PropertyFunctionRegistry.chooseRegistry(context));
        functions.put(TextQueryFunction.IRI, uri -> new TextQueryFunction());
        PropertyFunctionRegistry.set(context, functions);
    }

    /** Returns the open index, opening (and if need be building) it on first use. */
    private SearchIndex index() {
        SearchIndex open = index;
        if (open != null) {
            return open;
        }
        synchronized (lock) {
            requireOpen();
            if (index == null) {
                index = openIndex();
            }
            return index;
        }
    }

    private SearchIndex openIndex() {
        long start = System.nanoTime();
        SearchIndex opened =
                folder.map(f -> SearchIndex.open(f, facets))
                        .orElseGet(() -> SearchIndex.inMemory(facets));
        String why = opened.whyRebuild();
        if (why == null) {
            long resources = Txn.calculateRead(registry.dataset(), () -> countResources(graph()));
            int documents = opened.size();
            if (resources != documents) {
                why = "it holds " + documents + " resources and the store " + resources;
            }
        }
        rebuiltAtOpen = why;
        if (why != null) {
            SearchIndex building = opened;
            index = building;
            try {
                int count = rebuildLocked();
                // A new, empty store needs no news of its new, empty index.
                if (folder.isPresent() && (count > 0 || !SearchIndex.NONE.equals(why))) {
                    LOG.info(
                            "Rebuilt the search index {} because {}: {} resources in {} ms",
                            folder.get(),
                            why,
                            count,
                            (System.nanoTime() - start) / 1_000_000);
                }
            } catch (RuntimeException e) {
                index = null;
                closeQuietly(building);
                throw e;
            }
        }
        return opened;
    }

    /** Replaces every document with those derived from the store now; call holding the lock. */
    private int rebuildLocked() {
        try {
            int count =
                    Txn.calculateRead(
                            registry.dataset(),
                            () -> {
                                Graph data = graph();
                                Iterator<Document> docs =
                                        resources(data).stream()
                                                .map(r -> documents.document(data, r))
                                                .flatMap(Optional::stream)
                                                .iterator();
                                try {
                                    return index.replaceAll(docs);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
            stale = false;
            return count;
        } catch (RuntimeException e) {
            stale = true;
            throw new RegistryException("Cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    private void committed(Commit commit) {
        synchronized (lock) {
            if (closed) {
                // The store goes on without the index: make sure it is rebuilt when next opened.
                if (!missedCommits) {
                    missedCommits = true;
                    folder.ifPresent(SearchIndex::markStale);
                }
                return;
            }
            if (index == null) {
                // Not opened yet: its first use builds it from the store, commit included.
                return;
            }
            try {
                if (!commit.itemised() || stale) {
                    rebuildLocked();
                    return;
                }
                Map<String, Optional<Document>> changed =
                        Txn.calculateRead(
                                registry.dataset(),
                                () -> {
                                    Graph data = graph();
                                    Map<String, Optional<Document>> docs = new LinkedHashMap<>();
                                    for (Node r : affected(data, commit)) {
                                        docs.put(r.getURI(), documents.document(data, r));
                                    }
                                    return docs;
                                });
                index.update(changed);
            } catch (IOException | RuntimeException e) {
                stale = true;
                LOG.error(
                        "The search index could not follow commit {} ({}); it will be rebuilt on"
                                + " the next write or start",
                        commit.version(),
                        e.toString(),
                        e);
            }
        }
    }

    /**
     * Returns the resources whose documents a commit may change: those it touched and, when it
     * changed the label or identifier of a resource, the resources that resource owns (their
     * documents hold a workstream's label and key).
     */
    private static Set<Node> affected(Graph data, Commit commit) {
        Set<Node> affected = new LinkedHashSet<>();
        for (Node r : commit.touchedResources()) {
            if (r.isURI()) {
                affected.add(r);
            }
        }
        Set<Node> renamed = new LinkedHashSet<>();
        for (List<Triple> triples : List.of(commit.added(), commit.removed())) {
            for (Triple t : triples) {
                Node p = t.getPredicate();
                if (ResourceDocuments.LABELS.contains(p)
                        || p.equals(ResourceDocuments.IDENTIFIER)) {
                    renamed.add(t.getSubject());
                }
            }
        }
        for (Node owner : renamed) {
            data.find(Node.ANY, DR.ownedBy.asNode(), owner)
                    .forEach(t -> affected.add(t.getSubject()));
            data.find(owner, DR.ownerOf.asNode(), Node.ANY)
                    .filterKeep(t -> t.getObject().isURI())
                    .forEach(t -> affected.add(t.getObject()));
        }
        return affected;
    }

    /** Returns the IRIs that are subjects in the data graph: the resources to index. */
    private static Set<Node> resources(Graph data) {
        Set<Node> subjects = new LinkedHashSet<>();
        data.find()
                .forEach(
                        t -> {
                            if (t.getSubject().isURI()) {
                                subjects.add(t.getSubject());
                            }
                        });
        return subjects;
    }

    private static long countResources(Graph data) {
        return resources(data).size();
    }

    private Graph graph() {
        return registry.dataset().getDefaultGraph();
    }

    private void requireOpen() {
        if (closed) {
            throw new RegistryException(this + " is closed");
        }
    }

    private static void closeQuietly(SearchIndex index) {
        try {
            index.close(false);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a search index that failed to build: {}", e.toString());
        }
    }
}
