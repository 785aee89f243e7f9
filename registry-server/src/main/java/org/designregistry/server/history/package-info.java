/**
 * The change history on the web: who writes, by which route and why, told to the model for each
 * write request.
 *
 * <ul>
 *   <li>{@code ChangeContextFilter} :: sets the model's change context of each write request from
 *       the signed-in user, the path and the {@code X-Change-Message} and {@code X-Change-Request}
 *       headers.
 *   <li>{@code HistoryConfiguration} :: registers the filter after Spring Security's.
 * </ul>
 */
package org.designregistry.server.history;
