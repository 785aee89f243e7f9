/**
 * Full-text search over HTTP: the search page, and ranked, faceted hits and type-ahead suggestions
 * as JSON, over the registry's search index ({@link
 * org.designregistry.model.search.RegistrySearch}).
 *
 * <ul>
 *   <li>{@code SearchController} :: {@code GET /search}, the page ({@code
 *       templates/search/index.html}): hits with highlighted snippets, facet counts as filters,
 *       pages; type-ahead from {@code /api/suggest} into a {@code <datalist>} ({@code
 *       static/js/search-suggest.js}, also used by the home page's search box).
 *   <li>{@code SearchApiController} :: {@code GET /api/search} and {@code GET /api/suggest}.
 *   <li>{@code SearchResponse}, {@code SuggestResponse} :: the JSON answers.
 *   <li>{@code SearchExceptionHandler} :: bad searches as RFC 9457 problem details (400).
 * </ul>
 */
package org.designregistry.server.search;
