/**
 * The HTTP face of traceability: its pages and its API.
 *
 * <ul>
 *   <li>{@code TraceController} :: {@code GET /trace/matrix} ({@code templates/trace/matrix.html})
 *       paged by rows and columns, and {@code GET /trace/gaps} ({@code templates/trace/gaps.html};
 *       one check's gaps, paged, in {@code gap-check.html}).
 *   <li>{@link org.designregistry.server.trace.MatrixTable} :: a page of a matrix laid out as the
 *       page's table, each cell the relations that link its pair.
 *   <li>{@link org.designregistry.server.trace.TraceApiController} :: {@code GET /api/trace/matrix}
 *       and {@code GET /api/trace/gaps}.
 *   <li>{@link org.designregistry.server.trace.TraceResponses} :: their JSON replies.
 *   <li>{@code TraceConfiguration} :: the {@code Traceability} bean.
 * </ul>
 */
package org.designregistry.server.trace;
