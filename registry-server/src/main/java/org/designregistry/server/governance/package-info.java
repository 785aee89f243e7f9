/**
 * The governance faces: decisions against their publication deadline (the DAG publishes within 10
 * working days of its meeting, England and Wales bank holidays excluded).
 *
 * <ul>
 *   <li>{@code DecisionApiController} :: {@code GET /api/decisions/publication} (JSON, CSV,
 *       Markdown) and {@code PUT /api/decisions/{identifier}/published}.
 *   <li>{@code DecisionController} :: the page {@code /decisions/publication}: overdue, due soon,
 *       and every decision's status.
 *   <li>{@code GovernanceConfiguration} :: the publication rule from {@code registry.governance.*}
 *       ({@code GovernanceProperties}) and the clock.
 *   <li>{@link org.designregistry.server.governance.PublicationResponse} :: the JSON reply, shared
 *       with {@code registry decisions overdue}.
 * </ul>
 */
package org.designregistry.server.governance;
