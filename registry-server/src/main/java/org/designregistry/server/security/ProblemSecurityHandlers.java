package org.designregistry.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.designregistry.server.web.ProblemWriter;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers 401 and 403 as problem details, saying what is missing; a person's browser asking for a
 * page it may not see gets the registry's error page instead.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemSecurityHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException authException)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Design Registry\", Bearer");
        String detail =
                request.getHeader("Authorization") == null
                        ? "Sign in: send HTTP Basic credentials or an API token (Authorization:"
                                + " Bearer ...)"
                        : "The credentials or API token were not accepted";
        problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, detail));
    }

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            AccessDeniedException accessDeniedException)
            throws IOException {
        if (wantsPage(request)) {
            // The error page explains the role needed, or that the session changed or ended.
            request.setAttribute(
                    RefusedFormErrorAttributes.CSRF_REFUSED,
                    accessDeniedException instanceof CsrfException);
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        String detail =
                accessDeniedException instanceof CsrfException
                        ? "Missing or invalid CSRF token: a browser form must send the token of its"
                                + " session"
                        : "Your role does not allow this: changing the registry needs the editor"
                                + " role";
        problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, detail));
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
