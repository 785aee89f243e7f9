package org.designregistry.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.designregistry.server.web.ProblemWriter;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 403, a state-changing request (POST, PUT, PATCH, DELETE) that carries credentials a
 * browser sends by itself (a cookie, or HTTP Basic credentials it has cached) when the browser says
 * it comes from another site: its {@code Origin} names an origin other than the server's own and
 * those of {@code registry.security.write-origins}, or, without {@code Origin}, its {@code
 * Sec-Fetch-Site} is not {@code same-origin}. A page elsewhere cannot so make a person's browser
 * change the registry, even where a CSRF token is not asked for (HTTP Basic without a session).
 * Requests without those headers (tools such as curl) and those with only a bearer token pass.
 */
final class CrossOriginWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final CorsConfiguration trusted = new CorsConfiguration();
    private final ProblemWriter problems;

    CrossOriginWriteFilter(List<String> writeOrigins, ProblemWriter problems) {
        this.trusted.setAllowedOriginPatterns(writeOrigins);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || !carriesBrowserCredentials(request)) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        String site = request.getHeader("Sec-Fetch-Site");
        String from;
        if (origin != null) {
            if (!isCrossOrigin(request) || trusted.checkOrigin(origin) != null) {
                chain.doFilter(request, response);
                return;
            }
            from = "the page at " + origin;
        } else if (site == null || OWN_SITE.contains(site.toLowerCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        } else {
            from = "a " + site + " page (Sec-Fetch-Site)";
        }
        problems.write(
                request,
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "A "
                                + request.getMethod()
                                + " with a person's sign-in (a cookie or HTTP Basic) came from "
                                + from
                                + ": only the registry's own pages, and those of"
                                + " registry.security.write-origins, may change it that way."
                                + " Tools send no Origin, or an API token without cookies;"
                                + " behind a proxy, set server.forward-headers-strategy so that"
                                + " the server knows its own address"));
    }

    private static boolean carriesBrowserCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return request.getHeader("Cookie") != null
                || (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6));
    }

    private static boolean isCrossOrigin(HttpServletRequest request) {
        try {
            return CorsUtils.isCorsRequest(request);
        } catch (IllegalArgumentException e) {
            // An Origin that is not an origin ("null" from a sandbox, or garbage) is not ours.
            return true;
        }
    }
}
