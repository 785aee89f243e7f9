/**
 * The HTTP face of impact analysis: the impact page and the API.
 *
 * <ul>
 *   <li>{@code ImpactController} :: {@code GET /impact}, the page ({@code
 *       templates/impact/index.html}): form, summary, hits with paths, downloads and the
 *       Cytoscape.js graph ({@code static/js/impact-graph.js}, its layered layout {@code
 *       impact-graph-layout.js}, its SVG export {@code impact-graph-svg.js}, its full-screen mode
 *       {@code impact-graph-fullscreen.js}, {@code static/css/impact-graph.css}).
 *   <li>{@code ImpactGraphApiController}, {@link
 *       org.designregistry.server.impact.ImpactGraphProperties} :: {@code GET /api/impact/graph},
 *       the graph as JSON, capped at {@code registry.impact.graph.max-nodes}.
 *   <li>{@link org.designregistry.server.impact.ImpactForm}, {@link
 *       org.designregistry.server.impact.ImpactGraph} :: the page's form as typed, and its graph
 *       (starts and hits as nodes, the paths' links as edges) as the page's JSON.
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
