/**
 * Full-text search over HTTP: ranked, faceted hits and type-ahead suggestions as JSON, over the
 * registry's search index ({@link org.designregistry.model.search.RegistrySearch}).
 *
 * <ul>
 *   <li>{@code SearchApiController} :: {@code GET /api/search} and {@code GET /api/suggest}.
 *   <li>{@code SearchResponse}, {@code SuggestResponse} :: the JSON answers.
 *   <li>{@code SearchExceptionHandler} :: bad searches as RFC 9457 problem details (400).
 * </ul>
 */
package org.designregistry.server.search;
