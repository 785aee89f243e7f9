/**
 * The changes page: the registry's change history for people, filtered and paged, each change
 * linked to what it touched.
 *
 * <ul>
 *   <li>{@code ChangesController} :: {@code /changes}, drawn by {@code
 *       templates/changes/index.html}.
 * </ul>
 *
 * <p>A resource's own history is a section of its page ({@code templates/history/resource.html}).
 */
package org.designregistry.server.changes;
