package org.designregistry.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in, sends a person back where they were: to the page named by the login form's
 * {@value #PARAMETER} field (the page whose "Sign in" link they followed) when it is a path of this
 * site, else to the page that sent them to sign in (Spring's saved request), else home. A full URL
 * is never followed, so the field cannot send anyone to another site.
 */
final class ReturnToPageHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    /** The login form field that names the page to return to. */
    static final String PARAMETER = "to";

    ReturnToPageHandler() {
        setTargetUrlParameter(PARAMETER);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        String to = request.getParameter(PARAMETER);
        if (to != null && !isLocalPath(to)) {
            return getDefaultTargetUrl();
        }
        return super.determineTargetUrl(request, response);
    }

    /**
     * Returns true for a path on this site: {@code /x}, but not {@code //host} or {@code /\host}.
     */
    static boolean isLocalPath(String target) {
        return target.startsWith("/")
                && !target.startsWith("//")
                && !target.startsWith("/\\")
                && target.chars().noneMatch(c -> c < 0x20);
    }
}
