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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.designregistry.server.bench.BenchHttp.Reply;
import org.designregistry.server.bench.HostileInput.Target;

/**
 * The hostile inputs the server must refuse with a 4xx (or, for queries over budget, 503 with
 * {@code Retry-After}), staying healthy and leaving the store unchanged: over-long terms, queries
 * that would exhaust the heap, reads of local files and other servers, decisions slipped in by an
 * editor, a literal of 9.4 MB, odd paths, and cross-site writes.
 */
final class HostileCatalogue {

    private static final String BASE = "https://registry.mhhs.example/id/";
    private static final String DR = "https://w3id.org/design-registry#";
    private static final String CROSS_SITE = "http://attacker.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private HostileCatalogue() {}

    /** Returns every hostile input, in the order the bench sends them. */
    static List<HostileInput> all() {
        List<HostileInput> inputs = new ArrayList<>();
        inputs.add(
                refused(
                        "SPARQL `INSERT DATA` with a 40,000-character IRI",
                        t ->
                                update(
                                        t,
                                        "INSERT DATA { <"
                                                + BASE
                                                + "artefact/"
                                                + "A".repeat(40_000)
                                                + "> <http://www.w3.org/2000/01/rdf-schema#label>"
                                                + " \"Long IRI\" }")));
        inputs.add(
                refused(
                        "REST create with a 10,000-character `identifier`",
                        t -> create(t, 10_000)));
        inputs.add(
                refused(
                        "REST create with a 40,000-character `identifier`",
                        t -> create(t, 40_000)));
        inputs.add(
                overBudget(
                        "3 at once: `SELECT ?a ?o { ?a ?b ?c . ?s ?p ?o } ORDER BY ?o ?a`",
                        t ->
                                together(
                                        3,
                                        () ->
                                                query(
                                                        t,
                                                        "SELECT ?a ?o { ?a ?b ?c . ?s ?p ?o }"
                                                                + " ORDER BY ?o ?a"))));
        inputs.add(
                overBudget(
                        "`SELECT (GROUP_CONCAT(STR(?o)) AS ?x) { ?a ?b ?c . ?s ?p ?o }`",
                        t ->
                                List.of(
                                        query(
                                                t,
                                                "SELECT (GROUP_CONCAT(STR(?o)) AS ?x)"
                                                        + " { ?a ?b ?c . ?s ?p ?o }"))));
        inputs.add(
                refused(
                        "`LOAD <file:///etc/passwd>`",
                        t -> update(t, "LOAD <file:///etc/passwd>")));
        inputs.add(
                refused(
                        "`LOAD <http://127.0.0.1:PORT/>`",
                        t -> update(t, "LOAD <" + t.outbound().url("/") + ">")));
        inputs.add(
                refused(
                        "`SERVICE <http://127.0.0.1:PORT/>` inside an update",
                        t ->
                                update(
                                        t,
                                        "INSERT { GRAPH <urn:bench:service> { ?s ?p ?o } } WHERE {"
                                                + " SERVICE <"
                                                + t.outbound().url("/sparql")
                                                + "> { ?s ?p ?o } }")));
        inputs.add(
                refused(
                        "`SERVICE <http://127.0.0.1:PORT/>` in a query",
                        t ->
                                List.of(
                                        query(
                                                t,
                                                "SELECT * { SERVICE <"
                                                        + t.outbound().url("/sparql")
                                                        + "> { ?s ?p ?o } }"))));
        inputs.add(
                refused(
                        "JSON-LD to `POST /data?default` whose `@context` is a URL",
                        t ->
                                graphStore(
                                        t,
                                        "POST",
                                        "default",
                                        "application/ld+json",
                                        "{\"@context\": \""
                                                + t.outbound().url("/context.jsonld")
                                                + "\", \"@id\": \"urn:bench:jsonld\","
                                                + " \"name\": \"fetched context\"}")));
        inputs.add(
                refused(
                        "JSON-LD to `PUT /data?graph=` whose `@context` lists a URL",
                        t ->
                                graphStore(
                                        t,
                                        "PUT",
                                        "graph=urn:bench:jsonld",
                                        "application/ld+json",
                                        "{\"@context\": [\""
                                                + t.outbound().url("/context.jsonld")
                                                + "\", {\"n\": \"urn:bench:n\"}],"
                                                + " \"@id\": \"urn:bench:jsonld\", \"n\": \"x\"}")));
        inputs.add(
                refused(
                        "editor's SPARQL update: a `dr:Decision` that `dr:approves` DES138, in a"
                                + " named graph",
                        t ->
                                update(
                                        t,
                                        "INSERT DATA { GRAPH <urn:bench:decisions-1> {"
                                                + decision(1)
                                                + "} }")));
        inputs.add(
                refused(
                        "editor's graph store `POST /data?graph=`: a `dr:Decision` that"
                                + " `dr:approves` DES138",
                        t ->
                                graphStore(
                                        t,
                                        "POST",
                                        "graph=urn:bench:decisions-2",
                                        "application/n-triples",
                                        decision(2))));
        inputs.add(
                refused(
                        "SPARQL `INSERT DATA` of a 9.4 MB literal",
                        t ->
                                update(
                                        t,
                                        "INSERT DATA { <urn:bench:big>"
                                                + " <http://purl.org/dc/terms/description> \""
                                                + "x".repeat(9_400_000)
                                                + "\" }")));
        inputs.add(refused("`GET /error`", t -> List.of(get(t, "/error"))));
        inputs.add(refused("`GET //sparql`", t -> List.of(get(t, "//sparql"))));
        inputs.add(refused("`GET /x;y`", t -> List.of(get(t, "/x;y"))));
        inputs.add(
                refused(
                        "cross-origin form POST of an update with the editor's session cookie, no"
                                + " CSRF token",
                        HostileCatalogue::crossSiteWithSession));
        inputs.add(
                refused(
                        "cross-origin form POST of an update with the editor's HTTP Basic"
                                + " credentials, as a browser resends them (beyond the issue's list)",
                        t ->
                                List.of(
                                        t.http()
                                                .send(
                                                        crossSiteUpdate(t)
                                                                .header(
                                                                        "Authorization",
                                                                        t.server()
                                                                                .users()
                                                                                .editorBasic())))));
        return inputs;
    }

    private static HostileInput refused(String name, HostileInput.Attack attack) {
        return new HostileInput(name, false, attack);
    }

    private static HostileInput overBudget(String name, HostileInput.Attack attack) {
        return new HostileInput(name, true, attack);
    }

    /** Returns N-Triples of a new decision that approves DES138; each input has its own. */
    private static String decision(int n) {
        String decision = "<" + BASE + "decision/RB-HOSTILE-" + n + ">";
        return decision
                + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"
                + DR
                + "Decision> .\n"
                + decision
                + " <"
                + DR
                + "approves> <"
                + BASE
                + "artefact/DES138> .\n";
    }

    /** An update as the editor (HTTP Basic, no session). */
    private static List<Reply> update(Target t, String update) {
        return List.of(
                t.http()
                        .send(
                                BenchHttp.request(t.server().uri("/sparql"))
                                        .header("Authorization", t.server().users().editorBasic())
                                        .header("Content-Type", "application/sparql-update")
                                        .POST(BodyPublishers.ofString(update))));
    }

    /** A query as anyone: reads are open. */
    private static Reply query(Target t, String query) {
        return get(t, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static Reply get(Target t, String pathAndQuery) {
        return t.http().send(BenchHttp.request(t.server().uri(pathAndQuery)));
    }

    private static List<Reply> create(Target t, int length) {
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

    private static List<Reply> graphStore(
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
    private static List<Reply> together(int count, java.util.function.Supplier<Reply> request) {
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
    private static List<Reply> crossSiteWithSession(Target t) {
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
    private static HttpRequest.Builder crossSiteUpdate(Target t) {
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

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
