package org.designregistry.server.security;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring Boot's error attributes, plus {@code formRefused} when a browser's form was refused for
 * its CSRF token: the error page then says the session changed or ended, rather than that the
 * person lacks a role.
 */
final class RefusedFormErrorAttributes extends DefaultErrorAttributes {

    /** The request attribute the access-denied handler sets for a refused CSRF token. */
    static final String CSRF_REFUSED = RefusedFormErrorAttributes.class.getName() + ".csrf";

    @Override
    public Map<String, Object> getErrorAttributes(
            WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.put(
                "formRefused",
                Boolean.TRUE.equals(
                        request.getAttribute(CSRF_REFUSED, RequestAttributes.SCOPE_REQUEST)));
        return attributes;
    }
}
