package org.designregistry.server.history;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.imports.Imports;
import org.designregistry.server.security.SignedInUser;
import org.designregistry.server.web.ProblemWriter;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the model who writes, by which route and why, for the change record of each write a request
 * makes: sets the {@link ChangeContext} of the request's thread, after Spring Security has signed
 * the request in. The principal is the signed-in user or token name; the route comes from the path
 * ({@code /api/**}: rest, {@code /sparql}: sparql-update, {@code /data}: graph-store, the edit
 * pages: form); the message and change request from the {@value #MESSAGE} and {@value
 * #CHANGE_REQUEST} headers. A header over its limit, or with control characters, is refused with
 * 400 before anything is written. The SPARQL filter carries the context to its own thread.
 */
final class ChangeContextFilter extends OncePerRequestFilter {

    /** The header that says why a write is made. */
    static final String MESSAGE = "X-Change-Message";

    /** The header that names the change request a write is made for. */
    static final String CHANGE_REQUEST = "X-Change-Request";

    /** The parameter that names the change request a write is made for, without the header. */
    static final String CHANGE_REQUEST_PARAMETER = "changeRequest";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemWriter problems;

    ChangeContextFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READ_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ChangeContext context;
        try {
            context =
                    ChangeContext.of(
                            principal(),
                            route(path(request)),
                            request.getHeader(MESSAGE),
                            changeRequest(request));
        } catch (RegistryException e) {
            problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            e.getMessage() + " (headers " + MESSAGE + ", " + CHANGE_REQUEST + ")"));
            return;
        }
        try {
            ChangeContext.callWith(
                    context,
                    () -> {
                        try {
                            chain.doFilter(request, response);
                            return null;
                        } catch (IOException | ServletException e) {
                            throw new Rethrown(e);
                        }
                    });
        } catch (Rethrown e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    /**
     * Returns the change request a write names: the {@value #CHANGE_REQUEST} header, else the
     * {@value #CHANGE_REQUEST_PARAMETER} parameter of the query (or of a form's body).
     */
    private static String changeRequest(HttpServletRequest request) {
        String header = request.getHeader(CHANGE_REQUEST);
        return header != null ? header : request.getParameter(CHANGE_REQUEST_PARAMETER);
    }

    private static String principal() {
        SignedInUser user = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
        return user.signedIn() ? user.name() : "anonymous";
    }

    /** Returns the route of a write to {@code path}. */
    static String route(String path) {
        if (path.equals("/sparql")) {
            return ChangeContext.SPARQL_UPDATE;
        }
        if (path.equals("/data")) {
            return ChangeContext.GRAPH_STORE;
        }
        if (path.startsWith("/resource/") || path.startsWith("/recommendations")) {
            return ChangeContext.FORM;
        }
        if (path.equals("/api/imports")) {
            return Imports.ROUTE;
        }
        return ChangeContext.REST;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Carries a checked exception of the filter chain through the context's callback. */
    private static final class Rethrown extends RuntimeException {
        Rethrown(Exception cause) {
            super(cause);
        }
    }
}
