package org.designregistry.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.server.web.BodyTooLargeException;
import org.designregistry.server.web.ProblemWriter;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;

/**
 * Hands {@code /sparql} and {@code /data} requests to Fuseki's {@link FusekiFilter}, on a {@link
 * QueryThreads SPARQL thread} with a large stack.
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
    private final QueryThreads threads;
    private final ProblemWriter problems;

    SparqlFilter(QueryThreads threads, ProblemWriter problems) {
        this.threads = threads;
        this.problems = problems;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
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
        }
        Outcome outcome;
        try {
            // The SPARQL thread acts as the signed-in user: write rights are asked there, and
            // the change history learns who wrote, how and why.
            outcome =
                    threads.call(
                            new DelegatingSecurityContextCallable<>(
                                    ChangeContext.carry(() -> dispatch(request, response))));
        } catch (QueryThreads.BusyException e) {
            response.setHeader("Retry-After", "5");
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            plainText(response, e.getMessage());
            return;
        } catch (ExecutionException e) {
            throw new ServletException("SPARQL request failed", e.getCause());
        }
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.raisedFor(request);
        if (tooLarge.isPresent()) {
            // Fuseki's parser saw a stream error; the rest of the body is not worth reading.
            response.setHeader("Connection", "close");
            problems.write(
                    request,
                    response,
                    Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.get().getMessage()));
        } else if (outcome.refused() != null) {
            problems.write(request, response, RefusedWrites.problem(outcome.refused()));
        } else if (!outcome.handled()) {
            chain.doFilter(request, response);
        }
    }

    /** Runs Fuseki on this (SPARQL) thread; returns whether it answered, and any refused write. */
    private Outcome dispatch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        AtomicBoolean passedOn = new AtomicBoolean();
        try {
            fuseki.doFilter(
                    request, new RefusalAware(request, response), (rq, rs) -> passedOn.set(true));
            return new Outcome(!passedOn.get(), RefusedWrites.take());
        } finally {
            RefusedWrites.take();
        }
    }

    private record Outcome(boolean handled, RegistryException refused) {}

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

    /**
     * Passes everything to the response until a write has been refused on this thread, or the
     * request body has passed the size limit; from then on drops what Fuseki writes, so that the
     * filter can answer with problem details instead.
     */
    private static final class RefusalAware extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        RefusalAware(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private boolean refused() {
            return RefusedWrites.any() || BodyTooLargeException.raisedFor(request).isPresent();
        }

        @Override
        public void setStatus(int sc) {
            if (!refused()) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!refused()) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!refused()) {
                super.sendError(sc);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!refused()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!refused()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!refused()) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (!refused()) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!refused()) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void setCharacterEncoding(String charset) {
            if (!refused()) {
                super.setCharacterEncoding(charset);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return refused() ? Discard.STREAM : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return refused()
                    ? new PrintWriter(
                            OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)
                    : super.getWriter();
        }
    }

    /** An output stream that drops what is written to it. */
    private static final class Discard extends ServletOutputStream {

        static final Discard STREAM = new Discard();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
    }
}
