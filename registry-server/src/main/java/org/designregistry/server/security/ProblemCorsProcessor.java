package org.designregistry.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.designregistry.server.web.ProblemWriter;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, answering a refused cross-origin request with 403 problem details that name
 * the properties, rather than the plain text "Invalid CORS request".
 */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    /** The request being checked: Spring hands {@link #rejectRequest} only the response. */
    private static final ThreadLocal<HttpServletRequest> CHECKED = new ThreadLocal<>();

    private final ProblemWriter problems;

    ProblemCorsProcessor(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public boolean processRequest(
            CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        CHECKED.set(request);
        try {
            return super.processRequest(config, request, response);
        } finally {
            CHECKED.remove();
        }
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        HttpServletRequest request = CHECKED.get();
        if (request == null
                || !(response
                        instanceof
                        org.springframework.http.server.ServletServerHttpResponse servlet)) {
            super.rejectRequest(response);
            return;
        }
        problems.write(
                request,
                servlet.getServletResponse(),
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "Cross-origin request refused: pages of"
                                + " registry.sparql.cors-allowed-origins may query /sparql and"
                                + " read /data; only those of registry.security.write-origins may"
                                + " also write to them"));
    }
}
