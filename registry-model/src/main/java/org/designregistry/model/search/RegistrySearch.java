package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.internal.ClassHierarchy;
import org.designregistry.ontology.RegistryOntology;

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

    /** The class hierarchy of the shipped ontology, for suggestions of some classes. */
    private static final ClassHierarchy CLASSES =
            new ClassHierarchy(RegistryOntology.terms().getGraph());

    private final Context context;
    private final TermLabels terms = TermLabels.standard();
    private final IndexKeeper keeper;
    private PropertyFunctionRegistry previousFunctions;

    private RegistrySearch(Registry registry) {
        this.context = registry.dataset().getContext();
        this.keeper =
                new IndexKeeper(
                        registry, registry.location().map(dir -> dir.resolve(INDEX_FOLDER)), terms);
    }

    /**
     * Returns the search index of a registry, following its commits from now on; a registry calls
     * this once when it opens, and callers get the result from {@link Registry#search()}. On disk
     * the index is opened now (and rebuilt if it cannot be trusted); in memory on first use. An
     * index that cannot be opened or built does not stop the registry: search is then {@link
     * #degraded() degraded}, and its searches throw {@link SearchUnavailableException} until {@link
     * #repair()} succeeds.
     */
    public static RegistrySearch attach(Registry registry) {
        Objects.requireNonNull(registry, "registry");
        RegistrySearch search = new RegistrySearch(registry);
        // The listener stays for the registry's life: should the store be written after the
        // index closes, it marks the index for a rebuild.
        registry.addCommitListener(search.keeper::committed);
        search.installTextQuery();
        if (search.keeper.folder().isPresent()) {
            search.keeper.openOrDegrade();
        }
        return search;
    }

    /**
     * Returns one page of hits for a search, best first, with the facet counts of all its matches.
     *
     * @throws InvalidSearchException if the search text cannot be read, such as unbalanced quotes
     *     or a lone {@code *}
     * @throws SearchUnavailableException if the index cannot be used (see {@link #degraded()})
     */
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        SearchText text = SearchText.parse(query.text());
        return keeper.index()
                .search(
                        searcher -> {
                            try {
                                Query q =
                                        new TextQueries(searcher, TextQueries.Scope.ALL)
                                                .query(text);
                                return new HitSearch(
                                                searcher,
                                                keeper.facets(),
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
     * @throws SearchUnavailableException if the index cannot be used (see {@link #degraded()})
     */
    public List<Suggestion> suggest(String typed, int limit) {
        return suggest(typed, limit, List.of());
    }

    /**
     * Returns up to {@code limit} resources of some classes (or their subclasses in the ontology)
     * whose identifier or label words start with {@code typed}, ordered as {@link #suggest(String,
     * int)}; no classes means any resource.
     *
     * @throws InvalidSearchException if the text is longer than 100 characters or the limit is not
     *     from 1 to 50
     * @throws SearchUnavailableException if the index cannot be used (see {@link #degraded()})
     */
    public List<Suggestion> suggest(String typed, int limit, Collection<String> classIris) {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(classIris, "classIris");
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
        Query typedQuery = typed.isBlank() ? null : Suggester.query(typed);
        if (typedQuery == null) {
            return List.of();
        }
        Query query = classIris.isEmpty() ? typedQuery : ofClasses(typedQuery, classIris);
        return keeper.index()
                .search(
                        searcher -> {
                            try {
                                return Suggester.suggest(searcher, query, limit);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
    }

    /** Keeps the hits of a query whose asserted type is one of the classes or a subclass. */
    private static Query ofClasses(Query query, Collection<String> classIris) {
        List<Node> classes;
        // The hierarchy caches what it walks in plain maps: one walk at a time.
        synchronized (CLASSES) {
            classes =
                    classIris.stream()
                            .map(NodeFactory::createURI)
                            .flatMap(c -> CLASSES.subClasses(c).stream())
                            .distinct()
                            .limit(BooleanQuery.getMaxClauseCount())
                            .toList();
        }
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        classes.forEach(
                c ->
                        types.add(
                                new TermQuery(new Term(Fields.TYPE_IRI, IndexKeys.key(c.getURI()))),
                                Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(types.build(), Occur.FILTER)
                .build();
    }

    /**
     * Rebuilds the index from the store and returns the number of resources indexed. Searches see
     * the old index until the new one is complete.
     */
    public int rebuild() {
        return keeper.rebuild().indexed();
    }

    /**
     * Throws the index away and builds it again from the store, and returns what it indexed and
     * what it left out: what to do when the index cannot be opened at all, or search is {@link
     * #degraded()}.
     *
     * @throws RegistryException if the index folder cannot be deleted or written
     */
    public RebuildReport repair() {
        return keeper.repair();
    }

    /**
     * Returns why search is degraded, or empty when the index is in step with the store: the index
     * cannot be opened or built (searches fail), it could not follow a commit (searches may miss it
     * until the next write or start rebuilds it), or its last rebuild left resources out.
     */
    public Optional<String> degraded() {
        return keeper.degraded();
    }

    /** Returns the number of resources in the index. */
    public int size() {
        return keeper.index().size();
    }

    /**
     * Closes the index; the registry does this when it closes. Should the store be written after
     * this, the index is marked to be rebuilt when next opened. Closing twice does nothing.
     */
    @Override
    public void close() {
        synchronized (context) {
            if (context.get(TextQueryFunction.SEARCH) == this) {
                context.remove(TextQueryFunction.SEARCH);
                if (previousFunctions != null) {
                    PropertyFunctionRegistry.set(context, previousFunctions);
                } else {
                    context.remove(ARQConstants.registryPropertyFunctions);
                }
            }
        }
        keeper.close();
    }

    @Override
    public String toString() {
        return "RegistrySearch[" + keeper.folder().map(Path::toString).orElse("in memory") + "]";
    }

    /** Returns the matches of a {@code text:query}, best first; only {@code iri}'s if given. */
    List<TextQueryFunction.Match> match(TextQueryFunction.Request request, String iri) {
        SearchText text = SearchText.parse(request.text());
        if (text.isBlank()) {
            throw new InvalidSearchException("give words to search for");
        }
        return keeper.index()
                .search(
                        searcher -> {
                            try {
                                BooleanQuery.Builder b =
                                        new BooleanQuery.Builder()
                                                .add(
                                                        new TextQueries(searcher, request.scope())
                                                                .query(text),
                                                        Occur.MUST);
                                if (request.classIri() != null) {
                                    b.add(
                                            term(
                                                    Fields.TYPE_IRI,
                                                    IndexKeys.key(request.classIri())),
                                            Occur.FILTER);
                                }
                                if (iri != null) {
                                    b.add(term(Fields.IRI, IndexKeys.key(iri)), Occur.FILTER);
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
        return keeper.rebuiltAtOpen();
    }

    /** Returns the result of reading the current searcher: for tests that inspect the index. */
    <T> T read(java.util.function.Function<FacetedSearcher, T> reader) {
        return keeper.index().search(reader);
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
                                TopDocs top =
                                        searcher.search(
                                                term(Fields.WORKSTREAM_KEY, IndexKeys.key(k)), 1);
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
}
