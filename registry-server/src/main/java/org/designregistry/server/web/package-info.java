/**
 * What every part of the server shares on the web: problem details for errors (one exception
 * handler, and a writer for filters), RDF content negotiation and the request body limit.
 *
 * <ul>
 *   <li>{@code ProblemDetailsAdvice} :: the one exception handler: exceptions to RFC 9457 problem
 *       details.
 *   <li>{@link org.designregistry.server.web.Problems}, {@link
 *       org.designregistry.server.web.ProblemWriter} :: problem details made in one place, and
 *       written by filters.
 *   <li>{@link org.designregistry.server.web.RdfNegotiation} :: picks an RDF syntax by {@code
 *       Accept} and writes a graph in it.
 *   <li>{@code BodySizeLimitFilter}, {@link org.designregistry.server.web.LimitsProperties} ::
 *       {@code registry.limits.max-body-size}, 413 beyond it.
 *   <li>{@link org.designregistry.server.web.PreconditionRequiredException}, {@link
 *       org.designregistry.server.web.BodyTooLargeException} :: errors of the HTTP layer.
 * </ul>
 */
package org.designregistry.server.web;
