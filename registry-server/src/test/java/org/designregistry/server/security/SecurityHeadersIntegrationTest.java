package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page the app serves carries the Content-Security-Policy, Referrer-Policy and
 * Permissions-Policy headers, and none holds what that policy would block: inline scripts, inline
 * event handlers or inline styles.
 */
class SecurityHeadersIntegrationTest extends ServerTestSupport {

    /** A value for each path variable of the pages, so that every page can be asked for. */
    private static final Map<String, String> SAMPLE_VARIABLES =
            Map.of(
                    "{kind}",
                    "data-item",
                    "{identifier}",
                    "DI-037",
                    "{name}",
                    "IR1",
                    "{from}",
                    "IR1",
                    "{to}",
                    "current",
                    // A body: its agenda is a page; a recommendation or change request of that
                    // name is not, and its 404 page must carry the policies too.
                    "{id}",
                    "DAG");

    /** The prefixes of what is not a page: the API, protocols, RDF and the error controller. */
    private static final List<String> NOT_PAGES =
            List.of("/api", "/v3/", "/sparql", "/data", "/id/", "/actuator", "/error", "/swagger");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Returns the path of every page the app maps for GET, its variables filled in. */
    private List<String> pagePaths() {
        TreeSet<String> paths = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (NOT_PAGES.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                String path = pattern;
                for (var variable : SAMPLE_VARIABLES.entrySet()) {
                    path = path.replace(variable.getKey(), variable.getValue());
                }
                assertThat(path)
                        .as("a sample value for each variable of " + pattern)
                        .doesNotContain("{");
                paths.add(path);
            }
        }
        return new ArrayList<>(paths);
    }

    @Test
    void findsThePagesTheAppServes() {
        assertThat(pagePaths())
                .contains(
                        "/",
                        "/browse",
                        "/browse/data-item",
                        "/resource/data-item/DI-037",
                        "/resource/data-item/DI-037/edit",
                        "/search",
                        "/impact",
                        "/trace/matrix",
                        "/trace/gaps",
                        "/query",
                        "/login");
    }

    @Test
    void setsThePoliciesOnEveryPage() {
        List<String> pages = new ArrayList<>(pagePaths());
        pages.addAll(
                List.of(
                        "/impact?from=DI-037",
                        "/trace/matrix?rows=requirement&cols=process",
                        "/search?q=GSP",
                        "/query?sample=trace-matrix",
                        "/no/such/page",
                        "/swagger-ui/index.html"));
        for (String page : pages) {
            HttpResponse<String> response =
                    send(
                            request(page)
                                    .header("Accept", "text/html")
                                    .header("Authorization", editor()));
            assertThat(response.statusCode()).as(page).isIn(200, 302, 303, 400, 404);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as("CSP of " + page)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(page)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(page).hasValue("DENY");
        }
    }

    @Test
    void allowsNoInlineScriptsOrStyles() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';", "style-src 'self' 'sha256-", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void drawsNoPageWithWhatThePolicyBlocks() {
        List<String> pages = new ArrayList<>(pagePaths());
        pages.addAll(
                List.of(
                        "/impact?from=DI-037",
                        "/trace/matrix?rows=requirement&cols=process",
                        "/search?q=GSP",
                        "/query?sample=trace-matrix",
                        "/no/such/page"));
        for (String page : pages) {
            HttpResponse<String> response =
                    send(
                            request(page)
                                    .header("Accept", "text/html")
                                    .header("Authorization", editor()));
            if (response.statusCode() != 200 && response.statusCode() != 404) {
                continue;
            }
            Document html = Jsoup.parse(response.body());
            for (Element script : html.select("script")) {
                assertThat(script.hasAttr("src"))
                        .as("an inline script on " + page + ": " + script)
                        .isTrue();
            }
            assertThat(html.select("style")).as("<style> on " + page).isEmpty();
            for (Element element : html.getAllElements()) {
                assertThat(element.hasAttr("style")).as("a style attribute on " + page).isFalse();
                element.attributes()
                        .forEach(
                                a ->
                                        assertThat(a.getKey())
                                                .as("an event handler on " + page)
                                                .doesNotStartWith("on"));
                if (element.hasAttr("href")) {
                    assertThat(element.attr("href"))
                            .as("a javascript: link on " + page)
                            .doesNotStartWithIgnoringCase("javascript:");
                }
            }
        }
    }
}
