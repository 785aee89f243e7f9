package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.assertNoInternals;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.contentType;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.encode;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.parse;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPARQL Update at {@code /sparql} and the Graph Store Protocol at {@code /data}: who may write,
 * and writes refused by the shapes with nothing stored.
 */
class SparqlWritesIntegrationTest extends ServerTestSupport {

    private static final String PREFIXES =
            "PREFIX dr: <https://w3id.org/design-registry#>\n"
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "PREFIX workstream: <https://registry.mhhs.example/id/workstream/>\n"
                    + "PREFIX artefact: <https://registry.mhhs.example/id/artefact/>\n";

    @Test
    void refusesAnUpdateWithoutCredentialsWith401() {
        HttpResponse<String> reply = update(null, "INSERT DATA { <urn:x> <urn:y> \"z\" }");

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(contentType(reply)).startsWith("application/problem+json");
        assertNoInternals(reply);
    }

    @Test
    void refusesAnUpdateFromAReaderWith403() {
        HttpResponse<String> reply = update(reader(), "INSERT DATA { <urn:x> <urn:y> \"z\" }");

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(JsonPath.parse(reply.body()).read("$.detail", String.class)).contains("editor");
    }

    @Test
    void appliesAnEditorsUpdateSentAsBodyOrForm() {
        String comment = "comment-" + System.nanoTime();
        HttpResponse<String> asBody =
                update(
                        editor(),
                        PREFIXES
                                + "INSERT DATA { artefact:DES138 rdfs:comment \""
                                + comment
                                + "\" }");
        HttpResponse<String> asForm =
                send(
                        request("/sparql")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        body(
                                                "update="
                                                        + encode(
                                                                PREFIXES
                                                                        + "DELETE DATA {"
                                                                        + " artefact:DES138"
                                                                        + " rdfs:comment \""
                                                                        + comment
                                                                        + "\" }"))));

        assertThat(asBody.statusCode()).isEqualTo(204);
        assertThat(asForm.statusCode()).isEqualTo(200);
        assertThat(ask("ASK { ?s ?p \"" + comment + "\" }")).isFalse();
    }

    @Test
    void refusesAnUpdateThatBreaksAShapeWith422AndStoresNothing() {
        long before = registry.size();

        HttpResponse<String> reply =
                update(editor(), PREFIXES + "DELETE WHERE { artefact:DES138 dr:ownedBy ?w }");

        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(contentType(reply)).startsWith("application/problem+json");
        DocumentContext json = JsonPath.parse(reply.body());
        assertThat(json.read("$.status", Integer.class)).isEqualTo(422);
        List<String> focus = json.read("$.violations[*].focusNode");
        assertThat(focus).contains(BASE + "artefact/DES138");
        List<String> paths = json.read("$.violations[*].path");
        assertThat(paths).anySatisfy(p -> assertThat(p).contains("dr:ownedBy"));
        List<String> messages = json.read("$.violations[*].message");
        assertThat(messages).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(registry.size()).isEqualTo(before);
        assertThat(ask(PREFIXES + "ASK { artefact:DES138 dr:ownedBy ?w }")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE",
        "application/n-triples, NTRIPLES",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML"
    })
    void servesTheDefaultGraphInEachSyntax(String accept, String lang) {
        HttpResponse<String> reply = get("/data?default", accept);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(contentType(reply)).startsWith(accept);
        Graph graph =
                parse(
                        reply.body(),
                        switch (lang) {
                            case "TURTLE" -> Lang.TURTLE;
                            case "NTRIPLES" -> Lang.NTRIPLES;
                            case "JSONLD" -> Lang.JSONLD;
                            default -> Lang.RDFXML;
                        });
        assertThat((long) graph.size()).isEqualTo(registry.size());
    }

    @Test
    void refusesGraphStoreWritesToANamedGraphWith403AndStoresNothing() {
        String name = "urn:test:gsp-" + System.nanoTime();
        String graph = "/data?graph=" + encode(name);
        String turtle = "<urn:test:s> <http://www.w3.org/2000/01/rdf-schema#label> \"put\" .";

        HttpResponse<String> put =
                send(
                        request(graph)
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .PUT(body(turtle)));
        HttpResponse<String> post =
                send(
                        request(graph)
                                .header("Authorization", approver())
                                .header("Content-Type", "text/turtle")
                                .POST(body(turtle)));

        for (HttpResponse<String> reply : List.of(put, post)) {
            assertThat(reply.statusCode()).isEqualTo(403);
            assertThat(contentType(reply)).startsWith("application/problem+json");
            DocumentContext json = JsonPath.parse(reply.body());
            assertThat(json.read("$.detail", String.class)).contains("<" + name + ">");
            assertThat(json.read("$.graphs", List.class)).containsExactly(name);
        }
        assertThat(get(graph, "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnEditorsDecisionInANamedGraphAndStoresNothing() {
        String name = "urn:test:shadow-" + System.nanoTime();

        HttpResponse<String> reply =
                update(
                        editor(),
                        PREFIXES
                                + "INSERT DATA { GRAPH <"
                                + name
                                + "> { <https://registry.mhhs.example/id/decision/Shadow>"
                                + " a dr:Decision ; dr:approves artefact:DES138 } }");

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(contentType(reply)).startsWith("application/problem+json");
        assertThat(JsonPath.parse(reply.body()).read("$.detail", String.class))
                .contains("<" + name + ">")
                .contains("only the default graph");
        assertThat(ask(PREFIXES + "ASK { GRAPH ?g { ?d dr:approves ?a } }")).isFalse();
    }

    @Test
    void refusesGraphStoreWritesWithoutTheEditorRole() {
        String graph = "/data?graph=" + encode("urn:test:refused");
        String turtle = "<urn:test:s> <urn:test:p> \"o\" .";

        HttpResponse<String> anonymous =
                send(request(graph).header("Content-Type", "text/turtle").PUT(body(turtle)));
        HttpResponse<String> asReader =
                send(
                        request(graph)
                                .header("Authorization", reader())
                                .header("Content-Type", "text/turtle")
                                .PUT(body(turtle)));
        HttpResponse<String> badToken =
                send(
                        request(graph)
                                .header("Authorization", "Bearer not-a-token")
                                .header("Content-Type", "text/turtle")
                                .PUT(body(turtle)));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(get(graph, "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAGraphStoreWriteThatBreaksAShapeWith422AndStoresNothing() {
        Graph before = contents();
        // Every workstream has exactly one rdfs:label.
        String turtle =
                "<https://registry.mhhs.example/id/workstream/Smart>"
                        + " <http://www.w3.org/2000/01/rdf-schema#label> \"Second label\" .";

        HttpResponse<String> reply =
                send(
                        request("/data?default")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/turtle")
                                .POST(body(turtle)));

        assertThat(reply.statusCode()).isEqualTo(422);
        DocumentContext json = JsonPath.parse(reply.body());
        List<String> focus = json.read("$.violations[*].focusNode");
        assertThat(focus).containsOnly(BASE + "workstream/Smart");
        assertThat(contents().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void refusesAGraphStoreWriteInAnUnreadableSyntaxWith400() {
        HttpResponse<String> reply =
                send(
                        request("/data?graph=" + encode("urn:test:broken"))
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .PUT(body("<urn:a> <urn:b> .")));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertNoInternals(reply);
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        String big = "# " + "x".repeat(3 * 1024 * 1024) + "\n";

        HttpResponse<String> reply =
                send(
                        request("/data?graph=" + encode("urn:test:big"))
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .PUT(body(big)));

        assertThat(reply.statusCode()).isEqualTo(413);
    }

    @Test
    void refusesAChunkedGraphStoreBodyOverTheLimitWith413AndStoresNothing() {
        String graph = "/data?graph=" + encode("urn:test:chunked");
        // Valid Turtle, 3 MB, sent without a Content-Length: only reading it finds the size.
        String line = "<urn:test:s> <urn:test:p> \"" + "x".repeat(1000) + "\" .\n";
        byte[] big = line.repeat(3 * 1024).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> reply =
                send(
                        request(graph)
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .PUT(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(big))));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
        assertThat(contentType(reply)).startsWith("application/problem+json");
        assertThat(JsonPath.parse(reply.body()).read("$.detail", String.class))
                .contains("registry.limits.max-body-size");
        assertNoInternals(reply);
        assertThat(get(graph, "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAChunkedUpdateOverTheLimitWith413() {
        long before = registry.size();
        String update =
                PREFIXES
                        + "INSERT DATA { artefact:DES138 rdfs:comment \""
                        + "x".repeat(3 * 1024 * 1024)
                        + "\" }";
        byte[] bytes = update.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(bytes))));

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(contentType(reply)).startsWith("application/problem+json");
        assertThat(registry.size()).isEqualTo(before);
    }

    private HttpResponse<String> update(String authorization, String update) {
        var request =
                request("/sparql")
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(update));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private boolean ask(String query) {
        return get("/sparql?query=" + encode(query), "application/sparql-results+json")
                .body()
                .contains("true");
    }

    private Graph contents() {
        return registry.read(
                model -> {
                    Graph copy = GraphMemFactory.createDefaultGraph();
                    model.getGraph().find().forEach(copy::add);
                    return copy;
                });
    }
}
