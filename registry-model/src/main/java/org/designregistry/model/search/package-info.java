/**
 * Full-text search over a registry: one Lucene document per resource, ranked (identifier first,
 * however loosely typed, then labels above descriptions), stemmed, typo-tolerant, faceted and
 * highlighted, with type-ahead suggestions and {@code text:query} in SPARQL. The index follows the
 * store through {@link org.designregistry.model.CommitListener commit listeners}.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.search.RegistrySearch} :: the index of one registry:
 *       search, suggest, rebuild, repair; follows commits; rebuilds itself when it cannot be
 *       trusted; reports when it is degraded, and never stops the store from opening.
 *   <li>{@link org.designregistry.model.search.RebuildReport} :: what a rebuild indexed and left
 *       out.
 *   <li>{@link org.designregistry.model.search.SearchUnavailableException} :: a search while the
 *       index cannot be used.
 *   <li>{@link org.designregistry.model.search.SearchQuery}, {@link
 *       org.designregistry.model.search.SearchFacet}, {@link
 *       org.designregistry.model.search.SearchResult}, {@link
 *       org.designregistry.model.search.Suggestion} :: what is asked and what comes back.
 *   <li>{@link org.designregistry.model.search.InvalidSearchException} :: text that cannot be
 *       searched (unbalanced quotes, a lone {@code *}, too long).
 *   <li>{@code SearchText} :: parses the search syntax into words, phrases and prefixes.
 *   <li>{@code TextQueries}, {@code IdentifierQueries} :: turn parsed text into a ranked Lucene
 *       query, identifiers first, expanding typos and prefixes against the index's vocabulary.
 *   <li>{@code HitSearch}, {@code Suggester} :: run a search (hits, snippets, drill-sideways
 *       facets) and a type-ahead.
 *   <li>{@code ResourceDocuments}, {@code TermLabels}, {@code Identifiers}, {@code Fields}, {@code
 *       Analyzers} :: what a resource's document holds and how its text is analysed.
 *   <li>{@code IndexKeeper} :: keeps the index in step with the store: opens or rebuilds it,
 *       applies each commit, repairs it, closes it.
 *   <li>{@code StoreDocuments}, {@code IndexedResources} :: the documents the store gives for a
 *       rebuild or a commit, and which resources have them.
 *   <li>{@code IndexHealth} :: why the index cannot be used, is behind, or left resources out.
 *   <li>{@code IndexKeys} :: makes keys, sort keys and facet values of any length fit Lucene's term
 *       limit (hashed or cut).
 *   <li>{@code IndexFolder} :: marks an index folder stale, or deletes it for a repair.
 *   <li>{@code SearchIndex}, {@code FacetedSearcher} :: the Lucene directory, writer and
 *       near-real-time searchers, and when an index must be rebuilt.
 *   <li>{@code TextQueryFunction} :: the {@code text:query} property function.
 * </ul>
 */
package org.designregistry.model.search;
