package org.designregistry.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Recognises requests that change the registry: SPARQL updates, graph store writes and REST writes,
 * whichever path and form they take.
 */
final class WriteRequests implements RequestMatcher {

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "DELETE", "PATCH");

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (path.equals("/sparql")) {
            return isSparqlUpdate(request, method);
        }
        if (path.equals("/data") || path.equals("/api") || path.startsWith("/api/")) {
            return WRITE_METHODS.contains(method);
        }
        return false;
    }

    private static boolean isSparqlUpdate(HttpServletRequest request, String method) {
        if (request.getParameter("query") != null) {
            // A query, or a malformed request with both, which the SPARQL filter refuses.
            return false;
        }
        if (!method.equals("POST") && !method.equals("PATCH")) {
            return request.getParameter("update") != null;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-update")) {
            return true;
        }
        // A form, or a POST without a body type: an update if it says update (or Fuseki's request).
        return request.getParameter("update") != null || request.getParameter("request") != null;
    }
}
