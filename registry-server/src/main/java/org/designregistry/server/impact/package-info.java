/**
 * The HTTP face of impact analysis.
 *
 * <ul>
 *   <li>{@code ImpactApiController} :: {@code GET /api/impact}, as JSON, CSV or Markdown.
 *   <li>{@link org.designregistry.server.impact.ImpactRequest}, {@link
 *       org.designregistry.server.impact.ImpactResponse} :: the parameters, and the JSON reply
 *       (also used by {@code registry impact --format json}).
 *   <li>{@code ImpactConfiguration} :: the one {@code ImpactAnalysis} bean.
 *   <li>{@code BadRequestHandler} :: bad parameters of the impact and trace APIs as RFC 9457
 *       problem details.
 * </ul>
 */
package org.designregistry.server.impact;
