/**
 * Watch lists: a signed-in person watches resources and workstreams, and their "my registry" page
 * shows the recorded changes that touched them since they last looked.
 *
 * <ul>
 *   <li>{@code WatchController} :: {@code POST /watch}, {@code GET /my-registry}.
 *   <li>{@link org.designregistry.server.watch.WatchStore} :: each person's watch list and the last
 *       change they saw, in {@code watches.json} beside the store (not in the registry's graph:
 *       watch lists are about people, and stay out of SPARQL, exports and the history).
 *   <li>{@code WatchedChanges} :: the changes since then that touched what they watch, from the
 *       change history's index; a workstream brings in what it owns.
 *   <li>{@code WatchAdvice} :: what the signed-in person watches, for the watch buttons.
 * </ul>
 */
package org.designregistry.server.watch;
