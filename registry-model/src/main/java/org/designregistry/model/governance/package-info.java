/**
 * Governance: the working-day calendar a body's deadlines are counted in and when its decisions are
 * due for publication, and the workflow the seed's terms of reference describe, from a working
 * group's recommendation to a body's decision, its conditions and the concerns raised with it.
 * Every step of the workflow is one checked write, recorded in the change history; a step on a
 * change request (recommending it, deciding it, meeting its decision's conditions) is recorded as
 * made under it, so the change request lists it with its other changes.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.governance.WorkingDayCalendar} :: weekdays less bank
 *       holidays, read from data shipped with the registry (England and Wales, 2021 to 2030) plus
 *       an operator's file.
 *   <li>{@link org.designregistry.model.governance.PublicationRule} :: a decision's due date (10
 *       working days after its meeting for the DAG) and {@link
 *       org.designregistry.model.governance.PublicationStatus} on a given day.
 *   <li>{@link org.designregistry.model.governance.Governance} :: the workflow's front door:
 *       meetings, recommendations, decisions, delegations, conditions, concerns, the log.
 *   <li>{@link org.designregistry.model.governance.Outcome} :: the five outcomes, each with the
 *       link it makes and the status it leaves the subjects in.
 *   <li>{@link org.designregistry.model.governance.DecisionsLog} :: the Assumptions and Decisions
 *       Log as entries, CSV or XLSX.
 *   <li>Drafts ({@code MeetingDraft}, {@code RecommendationDraft}, {@code DecisionDraft}, {@code
 *       ConcernDraft}, {@code Settlement}) in; views ({@code Meeting}, {@code Agenda}, {@code
 *       Recommendation}, {@code Condition}, {@code Concern}, {@code DecisionLogEntry}) out; {@code
 *       DecisionAuthorityException} (not this body's decision) and {@code WorkflowStateException}
 *       (decided already, under review already, settled already).
 *   <li>{@code WorkflowStore} :: the registry, the IRIs it mints, today, and the one checked,
 *       recorded write every step makes.
 *   <li>{@code GovernanceReader} :: reads the workflow's resources, each relation either way.
 *   <li>{@code MeetingWriter}, {@code RecommendationWriter}, {@code DecisionWriter}, {@code
 *       ConditionWriter}, {@code DelegationWriter}, {@code ConcernWriter} :: one step each.
 *   <li>{@code DecisionAuthority} :: which body may decide at which level, and who must instead.
 *   <li>{@code SubjectChanges}, {@code DecisionSubjects} :: whether a recommendation's subjects
 *       changed after it, from the change history; {@code SubjectsChangedException} refuses a
 *       decision on them unless it acknowledges the changes.
 *   <li>{@code Members} :: the groups a person (by the user name they sign in with) is a member of.
 * </ul>
 */
package org.designregistry.model.governance;
