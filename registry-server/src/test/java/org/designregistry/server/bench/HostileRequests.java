package org.designregistry.server.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designregistry.server.bench.BenchHttp.Reply;
import org.designregistry.server.bench.HostileInput.Target;

/**
 * The requests that carry the hostile inputs: SPARQL updates and graph store writes as the editor,
 * queries and paths as anyone, REST creates, requests sent together, and form posts from another
 * site with the editor's session or HTTP Basic credentials.
 */
final class HostileRequests {

    private static final String CROSS_SITE = "http://attacker.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private HostileRequests() {}

    /** An update as the editor (HTTP Basic, no session). */
    static List<Reply> update(Target t, String update) {
        return List.of(
                t.http()
                        .send(
                                BenchHttp.request(t.server().uri("/sparql"))
                                        .header("Authorization", t.server().users().editorBasic())
                                        .header("Content-Type", "application/sparql-update")
                                        .POST(BodyPublishers.ofString(update))));
    }

    /** A query as anyone: reads are open. */
    static Reply query(Target t, String query) {
        return get(t, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    static Reply get(Target t, String pathAndQuery) {
        return t.http().send(BenchHttp.request(t.server().uri(pathAndQuery)));
    }

    static List<Reply> create(Target t, int length) {
        String id = "A".repeat(length);
        return List.of(
                t.http()
                        .send(
                                BenchHttp.request(t.server().uri("/api/resources"))
                                        .header("Authorization", t.server().users().editorBasic())
                                        .header("Content-Type", "application/json")
                                        .POST(
                                                BodyPublishers.ofString(
                                                        KillWriter.artefact(id, "Long id")))));
    }

    static List<Reply> graphStore(
            Target t, String method, String graph, String contentType, String body) {
        return List.of(
                t.http()
                        .send(
                                BenchHttp.request(t.server().uri("/data?" + graph))
                                        .header("Authorization", t.server().users().editorBasic())
                                        .header("Content-Type", contentType)
                                        .method(method, BodyPublishers.ofString(body))));
    }

    /** Sends {@code count} copies of a request at once and returns their replies. */
    static List<Reply> together(int count, Supplier<Reply> request) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<CompletableFuture<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                replies.add(CompletableFuture.supplyAsync(request, pool));
            }
            return replies.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Signs the editor in through the login form (a session cookie, as a browser keeps it), then
     * posts an update from another site's page: the cookie goes with it, the CSRF token does not.
     */
    static List<Reply> crossSiteWithSession(Target t) {
        BenchHttp browser = BenchHttp.withCookies(Duration.ofSeconds(30));
        Reply loginPage = browser.send(BenchHttp.request(t.server().uri("/login")));
        Matcher token = CSRF.matcher(loginPage.body());
        if (!token.find()) {
            throw new IllegalStateException(
                    "No CSRF token on the login page: " + loginPage.statusText());
        }
        BenchUsers users = t.server().users();
        Reply login =
                browser.send(
                        BenchHttp.request(t.server().uri("/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        BodyPublishers.ofString(
                                                form("username", users.editor())
                                                        + "&"
                                                        + form("password", users.editorPassword())
                                                        + "&"
                                                        + form("_csrf", token.group(1)))));
        if (login.status() != 302 || login.header("Location").orElse("").contains("error")) {
            throw new IllegalStateException("The editor could not sign in: " + login.statusText());
        }
        return List.of(browser.send(crossSiteUpdate(t)));
    }

    /** A form post of an update, as another site's page makes a browser send it. */
    static HttpRequest.Builder crossSiteUpdate(Target t) {
        return BenchHttp.request(t.server().uri("/sparql"))
                .header("Origin", CROSS_SITE)
                .header("Referer", CROSS_SITE + "/page.html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                        BodyPublishers.ofString(
                                form(
                                        "update",
                                        "INSERT DATA { <urn:bench:csrf> <urn:bench:by> \"another"
                                                + " site\" }")));
    }

    static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
