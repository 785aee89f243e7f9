package org.designregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A person's browser without the browser: cookies (so a session), pages asked for as HTML,
 * redirects not followed, and forms posted with what they hold, CSRF token included.
 */
public final class BrowserSession {

    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    /** Starts a session with the server on this port, signed in as nobody. */
    public BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login form, checking that it was accepted. */
    public BrowserSession signIn(String user, String password) {
        Document login = page("/login", 200);
        HttpResponse<String> response =
                submit(login, "#login-form", Map.of("username", user, "password", password));
        assertThat(response.statusCode()).as("sign-in of " + user).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    /** Returns the answer to a page request. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html"));
    }

    /** Returns a page, checking its status. */
    public Document page(String path, int status) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("status of " + path).isEqualTo(status);
        return Jsoup.parse(response.body(), base + path);
    }

    /**
     * Posts the form a selector finds on a page, as a browser would (ticked boxes and chosen
     * options only), after setting some of its inputs by name or id ({@code #id}).
     */
    public HttpResponse<String> submit(
            Document page, String formSelector, Map<String, String> changes) {
        FormElement form = (FormElement) page.selectFirst(formSelector);
        assertThat(form).as("form " + formSelector).isNotNull();
        changes.forEach((key, value) -> set(form, key, value));
        String body =
                form.formData().stream()
                        .map(BrowserSession::encode)
                        .collect(Collectors.joining("&"));
        return post(form.absUrl("action").replace(base, ""), body);
    }

    /** Posts a form body without looking at any page, so without a CSRF token unless given. */
    public HttpResponse<String> post(String path, String formBody) {
        return post(path, formBody, Map.of());
    }

    /** Posts a form body with extra headers, such as the credentials a browser caches. */
    public HttpResponse<String> post(String path, String formBody, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        formBody, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** Sets an input of a form, by name or by id ({@code #id}), as a person would. */
    public static void set(FormElement form, String key, String value) {
        Element input =
                key.startsWith("#")
                        ? form.selectFirst(key)
                        : form.selectFirst("[name=\"" + key + "\"]");
        assertThat(input).as("input " + key).isNotNull();
        if (input.attr("type").equals("checkbox")) {
            input.attr("checked", value.equals("true"));
        } else if (input.tagName().equals("select")) {
            input.select("option").forEach(o -> o.attr("selected", o.val().equals(value)));
        } else {
            input.val(value);
        }
    }

    private static String encode(KeyVal pair) {
        return URLEncoder.encode(pair.key(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(pair.value(), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
