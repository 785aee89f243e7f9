/**
 * Change requests with an impact assessment pack: raise one against some resources with its impact
 * frozen at that change, compute it again to see what moved, triage each impacted item, and
 * assemble the pack (items by workstream and working group, decisions to revisit, parties to
 * consult, progress, who has still to answer, the deadline, the changes made under it).
 *
 * <ul>
 *   <li>{@link org.designregistry.model.changerequest.ChangeRequests} :: the front door: raise,
 *       find, list, reassess, recompute, triage, pack, awaiting.
 *   <li>{@link org.designregistry.model.changerequest.ChangeRequest}, {@link
 *       org.designregistry.model.changerequest.ChangeRequestDraft} :: a change request as held, and
 *       what a new one is to be; {@link
 *       org.designregistry.model.changerequest.ChangeRequestSettings} :: the assessment's depth and
 *       the default deadline.
 *   <li>{@link org.designregistry.model.changerequest.FrozenImpact} (with {@code FrozenItem},
 *       {@code FrozenApproval}, {@code Revisit}, {@code Consultee}) :: the assessment as frozen;
 *       {@link org.designregistry.model.changerequest.ImpactDrift} :: what moved since.
 *   <li>{@link org.designregistry.model.changerequest.Triage}, {@link
 *       org.designregistry.model.changerequest.Verdict} :: one item's mark; {@link
 *       org.designregistry.model.changerequest.AwaitingItem} :: an item a party has to answer.
 *   <li>{@link org.designregistry.model.changerequest.ImpactPack} :: the pack, as records, Markdown
 *       or XLSX; {@code PackAssembler} builds it, {@code PackTables} gives its tables as text rows,
 *       {@code PackMarkdown} and {@code PackWorkbook} write them.
 *   <li>{@code ChangeRequestRecords}, {@code ChangeRequestWriter}, {@code ChangeRequestTerms},
 *       {@code PackJson} :: the change request read from and written to the graph, the terms, and
 *       the JSON text the assessment and the marks are stored as.
 *   <li>{@code ChangeRequestStore} :: reads, and writes recorded under a change request; {@code
 *       ChangeRequestNumbers} :: the next number, never one a change request has or had; {@code
 *       ImpactAssessor} :: the impact engine's assessment, frozen; {@code TriageMarks} :: a mark
 *       checked and made.
 * </ul>
 */
package org.designregistry.model.changerequest;
