/**
 * What every part of the server shares on the web: the pages' layout and GOV.UK Frontend assets,
 * links between pages, the error page and the home page; problem details for API errors (one
 * exception handler, and a writer for filters), RDF content negotiation, and the limits on request
 * bodies and on replies. Features add their pages in their own packages (such as {@code browse})
 * and their entries in {@code templates/fragments/layout.html}'s navigation.
 *
 * <ul>
 *   <li>{@code HomeController} :: {@code /}: counts by kind, workstream and status (the commonest
 *       values); validation health by shape (the first resources at fault of each); the latest
 *       decisions; a warning when search is degraded.
 *   <li>{@code ValidationController} :: {@code /validation?shape=}: one shape's resources at fault,
 *       paged.
 *   <li>{@code PageWarmUp} :: computes what the home and gaps pages read from the whole graph in
 *       the background, at start and after writes.
 *   <li>{@link org.designregistry.server.web.Paged} :: one page of a list a page shows, with its
 *       pagination ({@code templates/fragments/pagination.html}).
 *   <li>{@link org.designregistry.server.web.PageLinks} ({@code #pages} in templates, through
 *       {@code PagesDialect}) :: the address of every page; the URL scheme is in its javadoc.
 *   <li>{@link org.designregistry.server.web.Pagination} :: the links of the pagination component.
 *   <li>{@code PageErrors} :: errors of the page controllers as the error page, with a message.
 *   <li>{@code WebConfiguration}, {@code FontlessResolver}, {@code FallbackFontCss} :: serve GOV.UK
 *       Frontend from its webjar, without the GDS Transport font.
 *   <li>{@code ProblemDetailsAdvice} :: the one exception handler for the API: exceptions to RFC
 *       9457 problem details.
 *   <li>{@link org.designregistry.server.web.Problems}, {@link
 *       org.designregistry.server.web.ProblemWriter} :: problem details made in one place, and
 *       written by filters.
 *   <li>{@link org.designregistry.server.web.RdfNegotiation} :: picks an RDF syntax by {@code
 *       Accept} and writes a graph in it.
 *   <li>{@code BodySizeLimitFilter}, {@link org.designregistry.server.web.LimitsProperties} ::
 *       {@code registry.limits.max-body-size}, 413 beyond it; the term limits ({@code
 *       registry.limits.max-iri-length} ...) the registry is opened with, 422 beyond them.
 *   <li>{@code ReplyLimitFilter}, {@code LimitedResponse}, {@code ReplyBudget} :: {@code
 *       registry.limits.max-reply-size} and {@code request-timeout}: a reply counted as it is
 *       written, replaced by 413/503 or cut off past them.
 *   <li>{@code ReadAdmissionFilter}, {@link org.designregistry.server.web.ReadAdmissionProperties}
 *       :: {@code registry.reads.concurrency}: at most so many reads at once, the others wait their
 *       turn (503 after {@code registry.reads.queue-timeout}).
 *   <li>{@code ErrorReplies} :: {@code /error}: problem details or the error page for errors no
 *       handler answered; 404 for {@code /error} itself.
 *   <li>{@link org.designregistry.server.web.PreconditionRequiredException}, {@link
 *       org.designregistry.server.web.BodyTooLargeException}, {@link
 *       org.designregistry.server.web.ReplyLimitExceededException} :: errors of the HTTP layer.
 * </ul>
 */
package org.designregistry.server.web;
