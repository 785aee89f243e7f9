package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL 1.1 protocol at {@code /sparql}, driven by a real HTTP client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparqlProtocolIntegrationTest extends ServerTestSupport {

    private static final String COUNT_PROCESSES =
            "PREFIX dr: <https://w3id.org/design-registry#> "
                    + "SELECT (COUNT(?p) AS ?n) WHERE { ?p a dr:BusinessProcess }";
    private static final String DES138_TITLE =
            "PREFIX dcterms: <http://purl.org/dc/terms/> CONSTRUCT { ?s dcterms:title ?t } WHERE {"
                    + " ?s dcterms:identifier \"DES138\" ; dcterms:title ?t }";

    @BeforeAll
    void loadCycle() {
        CyclicGraph.load(registry.dataset(), 20_000);
    }

    @Test
    void answersAQueryByGetWithJsonResultsByDefault() {
        HttpResponse<String> reply = get("/sparql?query=" + encode(COUNT_PROCESSES), "*/*");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(contentType(reply)).startsWith("application/sparql-results+json");
        assertThat(count(reply, Lang.RDFJSON)).isEqualTo(120);
    }

    @Test
    void answersAQueryPostedAsAFormOrAsASparqlQueryBody() {
        HttpResponse<String> form =
                send(
                        request("/sparql")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/sparql-results+json")
                                .POST(body("query=" + encode(COUNT_PROCESSES))));
        HttpResponse<String> direct =
                send(
                        request("/sparql")
                                .header("Content-Type", "application/sparql-query")
                                .header("Accept", "application/sparql-results+json")
                                .POST(body(COUNT_PROCESSES)));

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(count(form, Lang.RDFJSON)).isEqualTo(120);
        assertThat(count(direct, Lang.RDFJSON)).isEqualTo(120);
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml",
        "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"
    })
    void writesSelectResultsInTheAcceptedFormat(String accept, String expectedType) {
        HttpResponse<String> reply = get("/sparql?query=" + encode(COUNT_PROCESSES), accept);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(contentType(reply)).startsWith(expectedType);
        ResultSet results =
                ResultSetMgr.read(
                        new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)),
                        RDFLanguages.contentTypeToLang(expectedType));
        assertThat(results.next().get("n").asLiteral().getLexicalForm()).isEqualTo("120");
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, true", "application/sparql-results+xml, true"})
    void answersAskQueries(String accept, String expected) {
        HttpResponse<String> reply =
                get(
                        "/sparql?query="
                                + encode(
                                        "ASK { ?s <http://purl.org/dc/terms/identifier>"
                                                + " \"DES138\" }"),
                        accept);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(contentType(reply)).startsWith(accept);
        assertThat(reply.body()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE",
        "application/n-triples, NTRIPLES",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML"
    })
    void writesConstructResultsInTheAcceptedSyntax(String accept, String lang) {
        HttpResponse<String> reply = get("/sparql?query=" + encode(DES138_TITLE), accept);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(contentType(reply)).startsWith(accept);
        Graph graph = parse(reply.body(), langOf(lang));
        assertThat(graph.size()).isEqualTo(1);
        assertThat(graph.find().next().getObject().getLiteralLexicalForm())
                .isEqualTo("Interface Catalogue");
    }

    @Test
    void writesConstructAsTurtleByDefault() {
        HttpResponse<String> reply = get("/sparql?query=" + encode(DES138_TITLE), "*/*");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(contentType(reply)).startsWith("text/turtle");
    }

    @Test
    void queriesTheGraphsNamedByDefaultGraphUriAndNamedGraphUri() {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        String named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

        HttpResponse<String> asDefault =
                get(
                        "/sparql?query="
                                + encode(count)
                                + "&default-graph-uri="
                                + encode(CyclicGraph.GRAPH),
                        "application/sparql-results+json");
        HttpResponse<String> asNamed =
                get(
                        "/sparql?query="
                                + encode(named)
                                + "&named-graph-uri="
                                + encode(CyclicGraph.GRAPH),
                        "application/sparql-results+json");

        assertThat(count(asDefault, Lang.RDFJSON)).isEqualTo(40_000);
        assertThat(count(asNamed, Lang.RDFJSON)).isEqualTo(40_000);
    }

    @Test
    void capsTheNumberOfSolutionsAndSaysSo() {
        HttpResponse<String> reply =
                get(
                        "/sparql?query=" + encode("SELECT * WHERE { ?s ?p ?o }"),
                        "text/tab-separated-values");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Registry-Result-Limit")).contains("5000");
        // A header line, then one line a solution.
        assertThat(reply.body().lines().count()).isEqualTo(5001);
    }

    @Test
    void keepsASmallerLimitOfTheQuery() {
        HttpResponse<String> reply =
                get(
                        "/sparql?query=" + encode("SELECT * WHERE { ?s ?p ?o } LIMIT 3"),
                        "text/tab-separated-values");

        assertThat(reply.headers().firstValue("Registry-Result-Limit")).isEmpty();
        assertThat(reply.body().lines().count()).isEqualTo(4);
    }

    @Test
    void answersASyntaxErrorWith400NamingLineAndColumn() {
        HttpResponse<String> reply =
                get("/sparql?query=" + encode("SELECT * WHERE {\n ?s ?p }"), "*/*");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("line 2").contains("column");
        assertNoInternals(reply);
    }

    @Test
    void answersAnUnsupportedBodyTypeWith415() {
        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Content-Type", "text/plain")
                                .POST(body(COUNT_PROCESSES)));

        assertThat(reply.statusCode()).isEqualTo(415);
        assertNoInternals(reply);
    }

    @Test
    void answersAWrongMethodWith405() {
        HttpResponse<String> put =
                send(
                        request("/sparql")
                                .header("Content-Type", "application/sparql-query")
                                .PUT(body(COUNT_PROCESSES)));
        HttpResponse<String> getUpdate =
                send(
                        request("/sparql?update=" + encode("CLEAR DEFAULT"))
                                .header("Authorization", editor()));

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET").contains("POST"));
        assertThat(getUpdate.statusCode()).isEqualTo(405);
        assertNoInternals(getUpdate);
    }

    @Test
    void answersBothOrNeitherOfQueryAndUpdateWith400() {
        HttpResponse<String> both =
                send(
                        request("/sparql")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Authorization", editor())
                                .POST(
                                        body(
                                                "query="
                                                        + encode(COUNT_PROCESSES)
                                                        + "&update="
                                                        + encode("CLEAR DEFAULT"))));
        HttpResponse<String> neither =
                send(
                        request("/sparql")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(body("other=1")));

        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("not both");
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(registry.size()).isPositive();
    }

    @Test
    void describesTheServiceWhenAskedWithoutAQuery() {
        HttpResponse<String> reply = get("/sparql", "text/turtle");

        assertThat(reply.statusCode()).isEqualTo(200);
        Graph description = parse(reply.body(), Lang.TURTLE);
        assertThat(reply.body())
                .contains("sd:Service")
                .contains("<" + uri("/sparql") + ">")
                .contains("sd:SPARQL11Update");
        assertThat(description.size()).isGreaterThan(10);
    }

    @Test
    void letsBrowserToolsOnOtherOriginsQuery() {
        HttpResponse<String> preflight =
                send(
                        request("/sparql")
                                .header("Origin", "https://yasgui.example")
                                .header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "content-type")
                                .method(
                                        "OPTIONS",
                                        java.net.http.HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> query =
                send(
                        request("/sparql?query=" + encode(COUNT_PROCESSES))
                                .header("Origin", "https://yasgui.example"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("https://yasgui.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("https://yasgui.example");
    }

    @Test
    void stopsARunawayPropertyPathAtTheTimeOutWith503() {
        long start = System.nanoTime();

        HttpResponse<String> reply = get("/sparql?query=" + encode(CyclicGraph.everyPair()), "*/*");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(reply.statusCode()).isEqualTo(503);
        assertThat(reply.body()).contains("time limit of 2 s").contains("registry.sparql.timeout");
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        // The server is free again: a small query answers at once.
        assertThat(get("/sparql?query=" + encode(COUNT_PROCESSES), "*/*").statusCode())
                .isEqualTo(200);
    }

    @Test
    void evaluatesADeepTransitivePathOverTwentyThousandNodes() {
        // On a request thread's default stack this recursion overflows (see QueryThreadsTest).
        HttpResponse<String> reply =
                get("/sparql?query=" + encode(CyclicGraph.reachableFromStart()), "*/*");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(count(reply, Lang.RDFJSON)).isEqualTo(20_000);
    }

    private static long count(HttpResponse<String> reply, Lang unused) {
        ResultSet results =
                ResultSetFactory.fromJSON(
                        new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
        return Long.parseLong(results.next().get("n").asLiteral().getLexicalForm());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<String> reply) {
        return reply.headers().firstValue("Content-Type").orElse("");
    }

    static Graph parse(String text, Lang lang) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(graph);
        return graph;
    }

    static void assertNoInternals(HttpResponse<String> reply) {
        assertThat(reply.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("org.apache")
                .doesNotContain("/work/");
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
