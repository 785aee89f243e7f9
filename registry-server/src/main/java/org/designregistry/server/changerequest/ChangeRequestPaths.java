package org.designregistry.server.changerequest;

import org.springframework.web.util.UriUtils;

/** The addresses of a change request's page and API. */
final class ChangeRequestPaths {

    static final String PAGES = "/change-requests";
    static final String API = "/api/change-requests";

    private ChangeRequestPaths() {}

    static String page(String identifier) {
        return PAGES + "/" + UriUtils.encodePathSegment(identifier, "UTF-8");
    }

    static String api(String identifier) {
        return API + "/" + UriUtils.encodePathSegment(identifier, "UTF-8");
    }
}
