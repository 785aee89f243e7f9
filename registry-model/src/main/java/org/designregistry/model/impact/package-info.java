/**
 * Impact analysis: what a change to some resources touches, why, who owns it, and which approvals
 * must be revisited.
 *
 * <p>Which relations carry change, and which way, comes only from {@code dr:changePropagates}
 * annotations (in the ontology, or in loaded data); the walks run over a compact integer index of
 * those links, kept in step with committed writes.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.impact.ImpactAnalysis} :: the front door: analyses a {@link
 *       org.designregistry.model.impact.ImpactQuery} into an {@link
 *       org.designregistry.model.impact.ImpactReport} (hits with paths, owners and approvals;
 *       decisions to revisit; who to involve; completeness), as records, Markdown or CSV.
 *   <li>{@link org.designregistry.model.impact.ImpactIndex} :: the compact index of propagating
 *       links (CSR arrays per direction, a relation byte per edge).
 *   <li>{@link org.designregistry.model.impact.ImpactTraverser} :: lazy, cycle-safe breadth-first
 *       walks over the index, like Guava's {@code Traverser}.
 *   <li>{@code PropagationRules} :: reads the annotations; {@code IndexBuilder} :: builds the
 *       index; {@code IndexFreshness} :: rebuilds it after a commit; {@code Walk}, {@code AllPaths}
 *       :: the breadth-first search with parent pointers, and every shortest path; {@code Names} ::
 *       relation and type names to numbers; {@code ReportAssembler} :: hits with paths, owners and
 *       approvals; {@code SummaryAssembler} :: what to revisit and who to involve and why, from the
 *       starts and downstream hits only (upstream approvals are listed apart); {@code WalkCuts} ::
 *       where a limit cut a walk; {@code MarkdownReport}, {@code CsvReport} :: the text forms.
 *   <li>{@link org.designregistry.model.impact.ReportHeader} :: who asked, when and at which change
 *       of the history: the header block of a shared report, and its file name.
 * </ul>
 */
package org.designregistry.model.impact;
