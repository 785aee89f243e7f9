package org.designregistry.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every reply, besides Spring Security's defaults ({@code
 * X-Content-Type-Options}, {@code X-Frame-Options}, {@code Cache-Control} on dynamic replies): a
 * Content-Security-Policy that lets pages run only the app's own scripts and styles, a
 * Referrer-Policy that keeps addresses within the registry, and a Permissions-Policy that switches
 * off the browser features no page uses.
 */
final class SecurityHeaders {

    /**
     * The one {@code <style>} element Cytoscape.js adds to the page (its container's positioning),
     * by its SHA-256: a new Cytoscape webjar that changes it fails the browser tests, which then
     * print the new hash.
     */
    static final String CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

    /** The one {@code <style>} element YASGUI adds to the page, by its SHA-256, likewise. */
    static final String YASGUI_STYLE = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='";

    /**
     * Scripts, styles, fonts and connections only from the app itself: no inline script, no {@code
     * eval}, no inline style but the two style elements that Cytoscape.js and YASGUI add (allowed
     * by hash), nothing from another site. Images may also be {@code data:} URLs, which GOV.UK
     * Frontend's and YASGUI's stylesheets use for icons. No page may be framed, and forms post only
     * to the app.
     */
    static final String CONTENT_SECURITY_POLICY =
            String.join(
                    "; ",
                    "default-src 'self'",
                    "script-src 'self'",
                    "style-src 'self' " + CYTOSCAPE_STYLE + " " + YASGUI_STYLE,
                    "img-src 'self' data:",
                    "font-src 'self' data:",
                    "connect-src 'self'",
                    "object-src 'none'",
                    "base-uri 'self'",
                    "form-action 'self'",
                    "frame-ancestors 'none'");

    /** The powerful browser features, none of which a page of the registry uses. */
    static final String PERMISSIONS_POLICY =
            String.join(
                    ", ",
                    "accelerometer=()",
                    "camera=()",
                    "display-capture=()",
                    "geolocation=()",
                    "gyroscope=()",
                    "magnetometer=()",
                    "microphone=()",
                    "midi=()",
                    "payment=()",
                    "usb=()");

    /** Same-origin requests carry the referring address; other sites get none. */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    private SecurityHeaders() {}

    /** Adds the three headers to Spring Security's defaults. */
    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
