/**
 * Frozen baselines: named points of the change history, each the registry graph exactly as it stood
 * just after one recorded change; read, queried, exported and compared, and kept frozen on every
 * write path.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.baseline.Baselines} :: the front door: create (freeze),
 *       list, find, delete, read a baseline's graph, export it, compare two.
 *   <li>{@link org.designregistry.model.baseline.Baseline}, {@link
 *       org.designregistry.model.baseline.BaselineDraft} :: a baseline's record, and what a new one
 *       is to be.
 *   <li>{@link org.designregistry.model.baseline.BaselineDiff} :: what moved between two sides,
 *       with the changes that moved it; {@code DiffBuilder} builds it and {@link
 *       org.designregistry.model.baseline.DiffReports} writes it as CSV or Markdown.
 *   <li>{@link org.designregistry.model.baseline.BaselineGuard} :: store plumbing that refuses, at
 *       commit, any write to a frozen baseline's record ({@link
 *       org.designregistry.model.baseline.BaselineWriteRefusedException}).
 *   <li>{@code NetPatch}, {@code StateCache} :: the difference between two changes composed from
 *       the history's patches, and the few kept for reuse; {@code BaselineRecords}, {@code
 *       BaselineTerms} :: the records read back, and the names they use.
 * </ul>
 */
package org.designregistry.model.baseline;
