package org.designregistry.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps what one request may cost the server: a reply larger than {@code
 * registry.limits.max-reply-size}, or a read (GET, HEAD) still being answered after {@code
 * registry.limits.request-timeout}, is stopped at its next write, for pages and API alike.
 *
 * <p>If nothing was sent yet, the reply is replaced: 413 (size) or 503 (time) with problem details,
 * or the error page for a browser. A reply already under way cannot change its status, so its
 * connection is closed mid-stream, and the client sees the reply cut short rather than complete.
 * The time is checked as the reply is written, so work done before the first write is not
 * interrupted (interrupting a thread could damage the store's files); SPARQL queries have their own
 * time-out ({@code registry.sparql.timeout}).
 *
 * <p>Runs inside Spring Security's filters (order -50, theirs is -100), so that the security
 * headers are written on the replacement too.
 */
@Component
@Order(-50)
class ReplyLimitFilter extends OncePerRequestFilter {

    /** The request attribute set when this filter answers, whose message may then be shown. */
    static final String LIMIT_MESSAGE = ReplyLimitFilter.class.getName() + ".message";

    private static final Logger log = LoggerFactory.getLogger(ReplyLimitFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final LimitsProperties limits;
    private final ProblemWriter problems;
    private final LongSupplier nanoTime;

    @Autowired
    ReplyLimitFilter(LimitsProperties limits, ProblemWriter problems) {
        this(limits, problems, System::nanoTime);
    }

    ReplyLimitFilter(LimitsProperties limits, ProblemWriter problems, LongSupplier nanoTime) {
        this.limits = limits;
        this.problems = problems;
        this.nanoTime = nanoTime;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ReplyBudget budget =
                new ReplyBudget(
                        limits.maxReplySize(),
                        limits.requestTimeout(),
                        READS.contains(request.getMethod()),
                        nanoTime);
        try {
            chain.doFilter(request, new LimitedResponse(response, budget));
        } catch (IOException | ServletException | RuntimeException e) {
            if (budget.exceeded() == null) {
                throw e;
            }
            // The limit's exception, or what a handler made of it: answered below.
        }
        ReplyLimitExceededException exceeded = budget.exceeded();
        if (exceeded == null) {
            return;
        }
        log.warn(
                "Stopped {} {} at {} bytes: {}",
                request.getMethod(),
                request.getRequestURI(),
                budget.written(),
                exceeded.getMessage());
        if (response.isCommitted()) {
            // Tomcat closes the connection at once, not ending the reply, when an exception ends a
            // committed one; this kind it takes for a client that left, and does not log.
            throw new ClientAbortException(exceeded);
        }
        response.reset();
        if (wantsPage(request)) {
            request.setAttribute(LIMIT_MESSAGE, exceeded.getMessage());
            response.sendError(exceeded.status().value(), exceeded.getMessage());
        } else {
            problems.write(
                    request, response, Problems.of(exceeded.status(), exceeded.getMessage()));
        }
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
