/**
 * The governance faces: decisions against their publication deadline (the DAG publishes within 10
 * working days of its meeting, England and Wales bank holidays excluded), and the workflow from
 * recommendation to decision, as an API and as pages for editors and approvers.
 *
 * <ul>
 *   <li>{@code DecisionApiController} :: {@code GET /api/decisions/publication} (JSON, CSV,
 *       Markdown) and {@code PUT /api/decisions/{identifier}/published}.
 *   <li>{@code DecisionController} :: the page {@code /decisions/publication}: overdue, due soon,
 *       and every decision's status.
 *   <li>{@code RecommendationApiController} :: {@code /api/recommendations}: submit, read, decide,
 *       delegate.
 *   <li>{@code MeetingApiController} :: {@code /api/meetings} and {@code /api/bodies/{id}/agenda}.
 *   <li>{@code DecisionWorkflowApiController} :: the decisions log, conditions met, concerns raised
 *       and settled.
 *   <li>{@code WorkflowController} :: the pages: agenda, recommendation with the decision form, new
 *       recommendation, decisions log, "My work"; {@code WorkflowPageErrors} their error pages.
 *   <li>{@code WorkflowSteps} :: turns a request or form into the model's draft and takes the step
 *       with the signed-in user's rights; {@code WorkflowRefs} resolves references.
 *   <li>{@link org.designregistry.server.governance.MyWorkProvider} :: a section of "My work";
 *       {@code DecisionsToTake}, {@code ConditionsToTrack}, {@code ConcernsToSettle}, {@code
 *       WorkReferredBack} are this package's.
 *   <li>{@code GovernanceConfiguration} :: the publication rule from {@code registry.governance.*}
 *       ({@code GovernanceProperties}), the workflow and the clock.
 *   <li>{@link org.designregistry.server.governance.PublicationResponse} :: the JSON reply, shared
 *       with {@code registry decisions overdue}.
 * </ul>
 */
package org.designregistry.server.governance;
