/**
 * The HTTP face of traceability.
 *
 * <ul>
 *   <li>{@link org.designregistry.server.trace.TraceApiController} :: {@code GET /api/trace/matrix}
 *       and {@code GET /api/trace/gaps}.
 *   <li>{@link org.designregistry.server.trace.TraceResponses} :: their JSON replies.
 *   <li>{@code TraceConfiguration} :: the {@code Traceability} bean.
 * </ul>
 */
package org.designregistry.server.trace;
