/**
 * Governance rules that do not depend on the graph: the working-day calendar a body's deadlines are
 * counted in, and when its decisions are due for publication.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.governance.WorkingDayCalendar} :: weekdays less bank
 *       holidays, read from data shipped with the registry (England and Wales, 2021 to 2030) plus
 *       an operator's file.
 *   <li>{@link org.designregistry.model.governance.PublicationRule} :: a decision's due date (10
 *       working days after its meeting for the DAG) and {@link
 *       org.designregistry.model.governance.PublicationStatus} on a given day.
 * </ul>
 */
package org.designregistry.model.governance;
