package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Errors no handler answers reach {@code /error}: problem details for tools, the error page for
 * browsers, and 404 for {@code /error} itself. Public endpoints say nothing about the JVM.
 */
class ErrorRepliesIntegrationTest extends ServerTestSupport {

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":" + status, "\"detail\"")
                .doesNotContain("timestamp", "Exception");
    }

    @Test
    void answersARequestForTheErrorPathWith404() {
        assertProblem(get("/error", "application/json"), 404);
        HttpResponse<String> page = get("/error", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    @Test
    void answersPathsTheFirewallRefusesWithProblemDetails() {
        for (String path : new String[] {"//sparql", "/api/kinds;x", "/browse;jsessionid=1"}) {
            HttpResponse<String> response = get(path, "application/json");
            assertProblem(response, 400);
            assertThat(response.body()).contains("canonical form");
        }
    }

    @Test
    void answersPathsTheFirewallRefusesWithTheErrorPageForBrowsers() {
        HttpResponse<String> page = get("//browse", "text/html");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("There is a problem with the address");
    }

    @Test
    void answersAnUnknownApiPathWithProblemDetails() {
        assertProblem(get("/api/no-such-thing/at/all", "application/json"), 404);
    }

    @Test
    void keepsTheJvmOutOfThePublicInfo() {
        HttpResponse<String> info = get("/actuator/info", "application/json");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("build").doesNotContain("\"java\"", "jvm", "vendor");
    }
}
