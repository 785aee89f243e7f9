package org.designregistry.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers at most {@code registry.reads.concurrency} reads (GET, HEAD) at once; the others wait
 * their turn, first come first served, for up to {@code registry.reads.queue-timeout}, and are then
 * answered 503 with {@code Retry-After}.
 *
 * <p>Why: reads share the cores and the store's locks (TDB2 looks every term up under one lock).
 * Far more reads at once than cores do not finish sooner; they take turns, a thread descheduled
 * while it holds a lock makes the others queue behind it, and the registry's one writer thread,
 * which every write waits for, queues with them. Letting a few reads work at a time keeps each fast
 * and leaves the writer its share. Health checks, static files and {@code /sparql} (which has its
 * own pools and limits) are not held back.
 *
 * <p>Runs inside Spring Security's filters and the reply limits (order -40), so a refused read gets
 * the security headers, and a read's time limit counts its wait.
 */
@Component
@Order(-40)
class ReadAdmissionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReadAdmissionFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final List<String> NOT_HELD_BACK =
            List.of("/actuator/", "/css/", "/js/", "/fonts/", "/favicon", "/sparql");

    private final Semaphore turns;
    private final ReadAdmissionProperties properties;
    private final ProblemWriter problems;

    ReadAdmissionFilter(ReadAdmissionProperties properties, ProblemWriter problems) {
        this.properties = properties;
        this.problems = problems;
        this.turns = new Semaphore(properties.permits(), true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!READS.contains(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_HELD_BACK.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(properties.queueTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String message =
                "The server is busy: "
                        + properties.permits()
                        + " reads are being answered (registry.reads.concurrency) and this one"
                        + " waited "
                        + properties.queueTimeout().toSeconds()
                        + " s for its turn (registry.reads.queue-timeout); try again shortly";
        log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), message);
        response.setHeader("Retry-After", "5");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            request.setAttribute(ReplyLimitFilter.LIMIT_MESSAGE, message);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), message);
        } else {
            problems.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, message));
        }
    }

    /** Returns how many more reads could start now; tests use it. */
    int freeTurns() {
        return turns.availablePermits();
    }
}
