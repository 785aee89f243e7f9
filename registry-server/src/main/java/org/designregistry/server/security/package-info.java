/**
 * Who may read and change the registry: users and API tokens from configuration, the roles reader,
 * editor, approver and admin, CSRF and origin checks for browsers, CORS for the SPARQL endpoint,
 * and the security headers of every reply.
 *
 * <ul>
 *   <li>{@code SecurityConfiguration} :: the filter chain: which requests need which role.
 *   <li>{@code AccessProperties} :: {@code registry.security.*}: users (bcrypt), tokens (hashed),
 *       whether reads need a login.
 *   <li>{@code Role} :: the roles and their hierarchy.
 *   <li>{@code BearerTokenFilter}, {@code TokenHashes} :: API tokens, hashed at rest.
 *   <li>{@code WriteRequests} :: recognises requests that change the registry.
 *   <li>{@code CrossOriginWriteFilter}, {@link org.designregistry.server.security.TrustedOrigins}
 *       :: refuses state-changing requests with a person's credentials from another site's page;
 *       {@code registry.security.write-origins}.
 *   <li>{@code SparqlCors}, {@code ProblemCorsProcessor} :: CORS for {@code /sparql} and {@code
 *       /data}: reads from the read origins, writes from the write origins; refusals as problem
 *       details.
 *   <li>{@code SecurityHeaders} :: Content-Security-Policy, Referrer-Policy, Permissions-Policy.
 *   <li>{@link org.designregistry.server.security.SignedInWriteRights} :: tells the model's
 *       validated writes whether the signed-in user may record decisions (approver, admin).
 *   <li>{@code ProblemSecurityHandlers} :: 401 and 403 as problem details (403 as the error page
 *       for a browser); {@code RefusedFormErrorAttributes} tells that page when a form's CSRF token
 *       was refused.
 *   <li>{@code LoginController}, {@code ReturnToPageHandler} :: the sign-in page, and the return to
 *       the page the person was on.
 *   <li>{@link org.designregistry.server.security.SignedInUser}, {@code SignedInUserAdvice} :: who
 *       a page is drawn for, so that only editors see editing controls.
 *   <li>{@code SetupAdvice} :: logs how to configure a user when there is none.
 * </ul>
 */
package org.designregistry.server.security;
