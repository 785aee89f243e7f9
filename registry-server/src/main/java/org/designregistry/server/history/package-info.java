/**
 * The change history on the web: who writes, by which route and why, told to the model for each
 * write request; and the history read back over the API.
 *
 * <ul>
 *   <li>{@code ChangeContextFilter} :: sets the model's change context of each write request from
 *       the signed-in user, the path and the {@code X-Change-Message} and {@code X-Change-Request}
 *       headers.
 *   <li>{@code HistoryConfiguration} :: registers the filter after Spring Security's.
 *   <li>{@code ChangeApiController} :: {@code /api/changes}, {@code /api/changes/{n}} (JSON or RDF
 *       Patch), {@code /api/resources/{ref}/history} and reverts; {@code RevertRights} says who may
 *       revert which change.
 *   <li>{@code ChangeFeedController}, {@code ChangeFeed} :: {@code /api/changes.atom}, the Atom
 *       feed.
 *   <li>{@link org.designregistry.server.history.ChangeFilter} :: the list filters from the query
 *       string, shared by the API, the feed and the changes page; {@link
 *       org.designregistry.server.history.ChangeSummary} and {@link
 *       org.designregistry.server.history.HistoryRow} :: a change for the pages and the feed.
 *   <li>{@link org.designregistry.server.history.ChangeResponse}, {@link
 *       org.designregistry.server.history.ChangeListResponse}, {@code ChangeDetailsResponse},
 *       {@link org.designregistry.server.history.ResourceHistoryResponse} :: the JSON, also printed
 *       by the command line.
 * </ul>
 */
package org.designregistry.server.history;
