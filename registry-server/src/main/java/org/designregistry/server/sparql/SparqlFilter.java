package org.designregistry.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.server.web.BodyTooLargeException;
import org.designregistry.server.web.ProblemWriter;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;

/**
 * Hands {@code /sparql} and {@code /data} requests to Fuseki's {@link FusekiFilter}, on a {@link
 * QueryThreads SPARQL thread} with a large stack: reads on one set of threads, writes (updates and
 * graph store writes) on another, so that reads never wait behind writes.
 *
 * <p>A query first takes one of its client's {@link QueryPermits permits} (429 when the client has
 * all it may have), and its reply is held in a {@link BoundedReply} until it has finished.
 *
 * <p>Before that it answers what Fuseki would get wrong at {@code /sparql}: 405 for methods other
 * than GET, HEAD, POST and OPTIONS; 415 for a POST body that is neither a query, an update nor a
 * form; 400 for both {@code query} and {@code update}. A GET with no parameters passes on to the
 * service description. Fuseki runs as the signed-in user, whose rights decide whether a write may
 * change decisions. After Fuseki, a refused write is answered with problem details in place of
 * Fuseki's plain text: 422 with the report for one the shapes refused, 403 for one that changes
 * decisions without the approver role, 413 for a body (chunked, so not refused before it was read)
 * over the size limit.
 */
final class SparqlFilter implements Filter {

    static final String SPARQL_PATH = "/sparql";
    static final String DATA_PATH = "/data";

    private static final Set<String> SPARQL_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Set<String> SPARQL_BODIES =
            Set.of(
                    "application/sparql-query",
                    "application/sparql-update",
                    "application/x-www-form-urlencoded");

    private final FusekiFilter fuseki = new FusekiFilter();
    private final QueryThreads reads;
    private final QueryThreads writes;
    private final QueryPermits permits;
    private final long maxResultBytes;
    private final ProblemWriter problems;

    SparqlFilter(
            QueryThreads reads,
            QueryThreads writes,
            QueryPermits permits,
            long maxResultBytes,
            ProblemWriter problems) {
        this.reads = reads;
        this.writes = writes;
        this.permits = permits;
        this.maxResultBytes = maxResultBytes;
        this.problems = problems;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean query = false;
        if (ActionLib.actionURI(request).equals(SPARQL_PATH)) {
            if (isServiceDescription(request)) {
                chain.doFilter(request, response);
                return;
            }
            String refusal = protocolError(request, response);
            if (refusal != null) {
                plainText(response, refusal);
                return;
            }
            query = !isUpdate(request);
        }
        if (!query && isWrite(request)) {
            Optional<String> terms = TermGraphWrites.refusal(request.getParameter("graph"));
            if (terms.isPresent()) {
                problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, terms.get()));
                return;
            }
        }
        if (!query) {
            run(request, response, chain, isWrite(request) ? writes : reads);
            return;
        }
        Optional<QueryPermits.Permit> permit = permits.tryAcquire(request);
        if (permit.isEmpty()) {
            busy(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS.value(),
                    "Too many queries at once: each client may run "
                            + permits.perClient()
                            + " (registry.sparql.max-queries-per-client); wait for one to finish");
            return;
        }
        try (QueryPermits.Permit held = permit.get()) {
            BoundedReply reply = new BoundedReply(response, maxResultBytes);
            if (run(request, reply, chain, reads)) {
                reply.send();
            }
        }
    }

    /**
     * Runs the request on one of the {@code threads} and answers a refusal; returns whether Fuseki
     * answered it.
     */
    private boolean run(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            QueryThreads threads)
            throws IOException, ServletException {
        Outcome outcome;
        try {
            // The SPARQL thread acts as the signed-in user: write rights are asked there, and
            // the change history learns who wrote, how and why.
            outcome =
                    threads.call(
                            new DelegatingSecurityContextCallable<>(
                                    ChangeContext.carry(() -> dispatch(request, response))));
        } catch (QueryThreads.BusyException e) {
            busy(unwrapReply(response), HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return false;
        } catch (ExecutionException e) {
            throw new ServletException("SPARQL request failed", e.getCause());
        }
        if (answerRefusal(request, response, outcome)) {
            return false;
        }
        if (!outcome.handled()) {
            chain.doFilter(request, response);
            return false;
        }
        return true;
    }

    /** Answers a refused write or a body over the limit with problem details; returns if it did. */
    private boolean answerRefusal(
            HttpServletRequest request, HttpServletResponse response, Outcome outcome)
            throws IOException {
        HttpServletResponse client = unwrapReply(response);
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.raisedFor(request);
        if (tooLarge.isPresent()) {
            // Fuseki's parser saw a stream error; the rest of the body is not worth reading.
            client.setHeader("Connection", "close");
            problems.write(
                    request,
                    client,
                    Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.get().getMessage()));
            return true;
        }
        if (outcome.refused() != null) {
            problems.write(request, client, outcome.refused());
            return true;
        }
        return false;
    }

    /** Problem details go to the client directly, not into a held query reply. */
    private static HttpServletResponse unwrapReply(HttpServletResponse response) {
        return response instanceof BoundedReply reply
                ? (HttpServletResponse) reply.getResponse()
                : response;
    }

    private static void busy(HttpServletResponse response, int status, String message)
            throws IOException {
        response.setHeader("Retry-After", "5");
        response.setStatus(status);
        plainText(response, message);
    }

    /** Returns whether a {@code /sparql} request is an update (form field or update body). */
    private static boolean isUpdate(HttpServletRequest request) {
        String contentType = request.getContentType();
        return request.getParameter("update") != null
                || (contentType != null
                        && contentType
                                .toLowerCase(Locale.ROOT)
                                .startsWith("application/sparql-update"));
    }

    /** Returns whether a request changes the store: an update, or a graph store write. */
    private static boolean isWrite(HttpServletRequest request) {
        if (ActionLib.actionURI(request).equals(SPARQL_PATH)) {
            return isUpdate(request);
        }
        return !Set.of("GET", "HEAD", "OPTIONS")
                .contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /** Ends the SPARQL threads with the web application. */
    @Override
    public void destroy() {
        reads.close();
        writes.close();
    }

    /** Runs Fuseki on this (SPARQL) thread; returns whether it answered, and any refused write. */
    private Outcome dispatch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        AtomicBoolean passedOn = new AtomicBoolean();
        try {
            fuseki.doFilter(
                    request,
                    new RefusalAwareResponse(request, response),
                    (rq, rs) -> passedOn.set(true));
            return new Outcome(!passedOn.get(), RefusedWrites.take());
        } finally {
            RefusedWrites.take();
        }
    }

    private record Outcome(boolean handled, ProblemDetail refused) {}

    private static boolean isServiceDescription(HttpServletRequest request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD"))
                && (request.getQueryString() == null || request.getQueryString().isEmpty());
    }

    /** Returns the protocol error Fuseki would not report as the SPARQL protocol says, or null. */
    private static String protocolError(HttpServletRequest request, HttpServletResponse response) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!SPARQL_METHODS.contains(method)) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return "Method " + method + " is not allowed on " + SPARQL_PATH + ": use GET or POST";
        }
        String contentType = request.getContentType();
        if (method.equals("POST") && contentType != null) {
            String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!SPARQL_BODIES.contains(mediaType)) {
                response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
                return "Unsupported media type "
                        + mediaType
                        + ": send application/sparql-query, application/sparql-update or"
                        + " application/x-www-form-urlencoded";
            }
        }
        boolean query = request.getParameter("query") != null;
        boolean update = request.getParameter("update") != null;
        if (query && update) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "Give either a query or an update, not both";
        }
        return null;
    }

    private static void plainText(HttpServletResponse response, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
