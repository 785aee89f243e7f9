package org.designregistry.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangePatch;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.server.BrowserSession;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every route that writes records one change with its principal, route, message and patch, and a
 * refused write records none; the records answer {@code GRAPH} queries at {@code /sparql} and stay
 * out of the default graph.
 */
class ChangeCaptureIntegrationTest extends ServerTestSupport {

    private static final String DES138 = BASE + "artefact/DES138";
    private static final String PREFIXES =
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    + "PREFIX dr: <https://w3id.org/design-registry#>\n"
                    + "PREFIX artefact: <https://registry.mhhs.example/id/artefact/>\n";

    @Test
    void recordsARestWriteWithTheUserTheMessageAndTheChangeRequest() {
        String etag = etag("artefact:DES140");
        long before = history().latest();

        HttpResponse<String> linked =
                send(
                        request("/api/resources/artefact:DES140/links")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .header("If-Match", etag)
                                .header("X-Change-Message", "DES140 needs the process list")
                                .header("X-Change-Request", "CR-101")
                                .POST(
                                        body(
                                                "{\"relation\":\"dr:dependsOn\","
                                                        + "\"target\":\"artefact:DES100\"}")));

        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        ChangeRecord record = onlyChangeSince(before);
        assertThat(record.principal()).isEqualTo(EDITOR);
        assertThat(record.route()).isEqualTo("rest");
        assertThat(record.message()).contains("DES140 needs the process list");
        assertThat(record.changeRequest()).contains("CR-101");
        Triple link =
                Triple.create(
                        NodeFactory.createURI(BASE + "artefact/DES140"),
                        NodeFactory.createURI("https://w3id.org/design-registry#dependsOn"),
                        NodeFactory.createURI(BASE + "artefact/DES100"));
        assertThat(history().patch(record.number()).orElseThrow())
                .isEqualTo(new ChangePatch(List.of(link), List.of()));
        assertThat(record.touched()).contains(BASE + "artefact/DES140", BASE + "artefact/DES100");

        send(
                request(
                                "/api/resources/artefact:DES140/links?relation=dr:dependsOn"
                                        + "&target=artefact:DES100")
                        .header("Authorization", editor())
                        .header("If-Match", linked.headers().firstValue("ETag").orElseThrow())
                        .DELETE());
    }

    @Test
    void recordsASparqlUpdateWithTheTokenAndItsMessage() {
        long before = history().latest();

        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/sparql-update")
                                .header("X-Change-Message", "Note for the DAG")
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "INSERT DATA { artefact:DES138"
                                                        + " rdfs:comment \"By SPARQL\" }")));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(204);
        ChangeRecord record = onlyChangeSince(before);
        assertThat(record.principal()).isEqualTo("token:tool");
        assertThat(record.route()).isEqualTo("sparql-update");
        assertThat(record.message()).contains("Note for the DAG");
        assertThat(history().patch(record.number()).orElseThrow())
                .isEqualTo(new ChangePatch(List.of(comment("By SPARQL")), List.of()));
        removeComment("By SPARQL");
    }

    @Test
    void recordsAGraphStoreWrite() {
        long before = history().latest();

        HttpResponse<String> reply =
                send(
                        request("/data?default")
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .header("X-Change-Message", "Posted as Turtle")
                                .POST(
                                        body(
                                                "<"
                                                        + DES138
                                                        + "> <"
                                                        + RDFS.comment.getURI()
                                                        + "> \"By the graph store\" .")));

        assertThat(reply.statusCode()).as(reply.body()).isBetween(200, 204);
        ChangeRecord record = onlyChangeSince(before);
        assertThat(record.principal()).isEqualTo(EDITOR);
        assertThat(record.route()).isEqualTo("graph-store");
        assertThat(record.message()).contains("Posted as Turtle");
        assertThat(history().patch(record.number()).orElseThrow().added())
                .containsExactly(comment("By the graph store"));
        removeComment("By the graph store");
    }

    @Test
    void recordsAFormSaveWithItsReason() {
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        Document form = editor.page("/resource/data-item/DI-043/edit", 200);
        String label = form.selectFirst("#label").val();
        long before = history().latest();

        HttpResponse<String> saved =
                editor.submit(
                        form,
                        "#edit-form",
                        Map.of("label", label + " (renamed)", "reason", "Clearer name"));

        assertThat(saved.statusCode()).isEqualTo(302);
        ChangeRecord record = onlyChangeSince(before);
        assertThat(record.principal()).isEqualTo(EDITOR);
        assertThat(record.route()).isEqualTo("form");
        assertThat(record.message()).contains("Clearer name");
        ChangePatch patch = history().patch(record.number()).orElseThrow();
        assertThat(patch.added()).hasSize(1);
        assertThat(patch.removed()).hasSize(1);
        Document again = editor.page("/resource/data-item/DI-043/edit", 200);
        editor.submit(again, "#edit-form", Map.of("label", label));
    }

    @Test
    void recordsNothingForWritesRefusedWith422And403And412And409() {
        long before = history().latest();

        HttpResponse<String> invalid =
                send(
                        request("/sparql")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "DELETE WHERE { artefact:DES138"
                                                        + " dr:ownedBy ?w }")));
        HttpResponse<String> reader =
                send(
                        request("/sparql")
                                .header("Authorization", reader())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "INSERT DATA { artefact:DES138"
                                                        + " rdfs:comment \"reader\" }")));
        HttpResponse<String> decision =
                send(
                        request("/sparql")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "DELETE WHERE { ?d a dr:Decision ;"
                                                        + " rdfs:label ?l }")));
        HttpResponse<String> stale =
                send(
                        request("/api/resources/artefact:DES138")
                                .header("Authorization", editor())
                                .header("If-Match", "\"stale\"")
                                .DELETE());
        HttpResponse<String> exists =
                send(
                        request("/api/resources")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .POST(
                                        body(
                                                "{\"kind\":\"artefact\",\"identifier\":\"DES138\","
                                                        + "\"label\":\"Again\"}")));

        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(decision.statusCode()).isEqualTo(403);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(exists.statusCode()).isEqualTo(409);
        assertThat(history().latest()).isEqualTo(before);
    }

    @Test
    void refusesAnOverlongChangeMessageWith400AndWritesNothing() {
        long before = history().latest();

        HttpResponse<String> reply =
                send(
                        request("/sparql")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/sparql-update")
                                .header("X-Change-Message", "x".repeat(2_001))
                                .POST(
                                        body(
                                                PREFIXES
                                                        + "INSERT DATA { artefact:DES138"
                                                        + " rdfs:comment \"long\" }")));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("message").contains("2000");
        assertThat(history().latest()).isEqualTo(before);
    }

    @Test
    void refusesClientWritesToTheHistoryGraphEvenFromAnAdmin() {
        long before = history().latest();
        String graph = "GRAPH <" + ChangeHistory.GRAPH_IRI + ">";

        HttpResponse<String> forged =
                send(
                        request("/sparql")
                                .header("Authorization", admin())
                                .header("Content-Type", "application/sparql-update")
                                .POST(
                                        body(
                                                "INSERT DATA { "
                                                        + graph
                                                        + " { <urn:x-design-registry:change:999999>"
                                                        + " a <http://www.w3.org/ns/prov#Activity>"
                                                        + " } }")));
        HttpResponse<String> erased =
                send(
                        request("/sparql")
                                .header("Authorization", admin())
                                .header("Content-Type", "application/sparql-update")
                                .POST(body("DELETE WHERE { " + graph + " { ?c ?p ?o } }")));

        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(403);
        assertThat(history().latest()).isEqualTo(before);
        assertThat(history().get(before)).isPresent();
    }

    @Test
    void answersGraphQueriesAboutChangesButKeepsThemOutOfTheDefaultGraph() {
        String inGraph =
                "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT (COUNT(?c) AS ?n) { GRAPH <"
                        + ChangeHistory.GRAPH_IRI
                        + "> { ?c a prov:Activity } }";
        String inDefault =
                "PREFIX prov: <http://www.w3.org/ns/prov#> ASK { ?c a prov:Activity ;"
                        + " prov:endedAtTime ?t }";

        HttpResponse<String> counted =
                get("/sparql?query=" + encode(inGraph), "application/sparql-results+json");
        HttpResponse<String> asked =
                get("/sparql?query=" + encode(inDefault), "application/sparql-results+json");

        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(counted.body()).contains("\"value\": \"" + history().latest() + "\"");
        assertThat(asked.body()).contains("\"boolean\" : false");
    }

    private ChangeHistory history() {
        return registry.history();
    }

    private ChangeRecord onlyChangeSince(long before) {
        assertThat(history().latest()).isEqualTo(before + 1);
        return history().get(before + 1).orElseThrow();
    }

    private String etag(String ref) {
        return get("/api/resources/" + ref, "application/json")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    private void removeComment(String text) {
        registry.update(m -> m.remove(m.asStatement(comment(text))));
    }

    private static Triple comment(String text) {
        return Triple.create(
                NodeFactory.createURI(DES138),
                RDFS.comment.asNode(),
                NodeFactory.createLiteralString(text));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
