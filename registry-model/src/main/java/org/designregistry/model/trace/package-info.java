/**
 * Traceability: which resources of two kinds are linked, and where links that governance expects
 * are missing.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.trace.Traceability} :: the front door: matrices and gaps,
 *       one read transaction per call.
 *   <li>{@link org.designregistry.model.trace.TraceMatrix} :: rows by columns, the linked pairs, as
 *       records, CSV or Markdown.
 *   <li>{@link org.designregistry.model.trace.CoverageReport} :: the gaps of each check with the
 *       owners of each gap, coverage per check and per kind.
 *   <li>{@code MatrixBuilder} :: reads direct links or follows a path of relations; {@code
 *       GapChecks} :: the coverage checks, from missing links to approved artefacts resting on
 *       unapproved ones.
 * </ul>
 */
package org.designregistry.model.trace;
