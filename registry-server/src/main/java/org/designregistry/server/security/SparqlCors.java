package org.designregistry.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;

/**
 * CORS for the SPARQL endpoint and the graph store ({@code /sparql}, {@code /data}): pages of the
 * read origins ({@code registry.sparql.cors-allowed-origins}, any by default) may query and read;
 * only pages of {@code registry.security.write-origins} (none by default) may also send updates and
 * graph store writes. A preflight for POST cannot tell a query from an update, so it admits both
 * kinds of origin, and the update itself is then refused (403) from a read origin. No credentials
 * are allowed: a page elsewhere writes with an API token.
 */
final class SparqlCors implements CorsConfigurationSource {

    private static final Set<String> PATHS = Set.of("/sparql", "/data");
    private static final List<String> READ_METHODS = List.of("GET", "HEAD", "POST");
    private static final List<String> WRITE_METHODS =
            List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    private final CorsConfiguration reads;
    private final CorsConfiguration writes;
    private final CorsConfiguration posts;
    private final WriteRequests writeRequests = new WriteRequests();

    SparqlCors(List<String> readOrigins, List<String> writeOrigins) {
        List<String> both = new ArrayList<>(readOrigins);
        both.addAll(writeOrigins);
        this.reads = config(readOrigins, READ_METHODS);
        this.writes = config(writeOrigins, WRITE_METHODS);
        this.posts = config(both, READ_METHODS);
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!PATHS.contains(path) || !CorsUtils.isCorsRequest(request)) {
            return null;
        }
        if (CorsUtils.isPreFlightRequest(request)) {
            String method =
                    request.getHeader("Access-Control-Request-Method").toUpperCase(Locale.ROOT);
            return READ_METHODS.contains(method) ? (method.equals("POST") ? posts : reads) : writes;
        }
        return writeRequests.matches(request) ? writes : reads;
    }

    private static CorsConfiguration config(List<String> origins, List<String> methods) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOriginPatterns(List.copyOf(origins));
        config.setAllowedMethods(methods);
        config.setAllowedHeaders(List.of("*"));
        config.setExposedHeaders(List.of("Registry-Result-Limit", "Fuseki-Request-Id"));
        config.setAllowCredentials(false);
        config.setMaxAge(3600L);
        return config;
    }
}
