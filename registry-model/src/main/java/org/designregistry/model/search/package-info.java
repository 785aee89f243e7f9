/**
 * Full-text search over a registry: one Lucene document per resource, ranked (identifier first,
 * however loosely typed, then labels above descriptions), stemmed, typo-tolerant, faceted and
 * highlighted, with type-ahead suggestions and {@code text:query} in SPARQL. The index follows the
 * store through {@link org.designregistry.model.CommitListener commit listeners}.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.search.RegistrySearch} :: the index of one registry:
 *       search, suggest, rebuild; follows commits; rebuilds itself when it cannot be trusted.
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
 *       applies each commit, closes it.
 *   <li>{@code SearchIndex}, {@code FacetedSearcher} :: the Lucene directory, writer and
 *       near-real-time searchers, and when an index must be rebuilt.
 *   <li>{@code TextQueryFunction} :: the {@code text:query} property function.
 * </ul>
 */
package org.designregistry.model.search;
