package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/** A person signed in through the login form: a session, whose writes need its CSRF token. */
class BrowserSessionIntegrationTest extends ServerTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void refusesASessionWriteWithoutTheCsrfTokenAndAcceptsItWithTheToken() throws Exception {
        String loginToken = csrf(call(request("/login").GET()).body());
        HttpResponse<String> login =
                call(
                        request("/login")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        body(
                                                "username="
                                                        + EDITOR
                                                        + "&password="
                                                        + EDITOR_PASSWORD
                                                        + "&_csrf="
                                                        + URLEncoder.encode(
                                                                loginToken,
                                                                StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        HttpResponse<String> withoutToken =
                call(request("/api/resources/DES138").header("If-Match", "*").DELETE());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("CSRF");
        assertThat(get("/api/resources/DES138", "*/*").statusCode()).isEqualTo(200);

        String sessionToken = csrf(call(request("/login").GET()).body());
        HttpResponse<String> withToken =
                call(
                        request("/sparql")
                                .header("Content-Type", "application/sparql-update")
                                .header("X-CSRF-TOKEN", sessionToken)
                                .POST(
                                        body(
                                                "INSERT DATA { <urn:test:session> <urn:test:p> 1 } ;"
                                                        + " DELETE DATA { <urn:test:session>"
                                                        + " <urn:test:p> 1 }")));
        assertThat(withToken.statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> call(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1);
    }
}
