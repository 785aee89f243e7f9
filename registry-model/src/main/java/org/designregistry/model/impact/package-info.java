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
 *       relation and type names to numbers; {@code ReportAssembler}, {@code MarkdownReport}, {@code
 *       CsvReport} :: the report and its text forms.
 * </ul>
 */
package org.designregistry.model.impact;
