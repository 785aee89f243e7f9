package org.designregistry.server.baseline;

import org.springframework.web.util.UriUtils;

/** The addresses of a baseline in the API and the pages. */
final class BaselinePaths {

    /** The reply header that names the change a baseline's state was read as of. */
    static final String CHANGE_HEADER = "Registry-As-Of-Change";

    /** The reply header that names the baseline a state was read from. */
    static final String BASELINE_HEADER = "Registry-Baseline";

    private BaselinePaths() {}

    static String api(String name) {
        return "/api/baselines/" + UriUtils.encodePathSegment(name, "UTF-8");
    }

    static String page(String name) {
        return "/baselines/" + UriUtils.encodePathSegment(name, "UTF-8");
    }

    static String diffPage(String from, String to) {
        return page(from) + "/diff/" + UriUtils.encodePathSegment(to, "UTF-8");
    }
}
