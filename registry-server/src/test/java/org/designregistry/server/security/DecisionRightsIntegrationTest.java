package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Recording decisions needs the approver role through every door: the REST API, SPARQL Update and
 * the graph store refuse an editor's change to a decision with 403 and store nothing, and let an
 * approver (or an admin) make it.
 */
class DecisionRightsIntegrationTest extends ServerTestSupport {

    private static final String DECISION = "decision:DAG-2021-11-17-01";
    private static final String DECISION_IRI = BASE + "decision/DAG-2021-11-17-01";
    private static final String PREFIXES =
            "PREFIX decision: <"
                    + BASE
                    + "decision/>\n"
                    + "PREFIX artefact: <"
                    + BASE
                    + "artefact/>\n"
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String NEW_DECISION =
            """
            {"kind": "decision", "identifier": "TEST-DEC-1", "label": "Refer DES140 for work",
             "properties": [
               {"property": "dr:outcome", "iri": "droutcome:ReferForWork"},
               {"property": "dr:decisionLevel", "iri": "drlevel:Level3"},
               {"property": "dcterms:date", "value": "2024-01-10", "datatype": "xsd:date"}],
             "links": [
               {"relation": "dr:madeBy", "target": "body:DAG"},
               {"relation": "dr:refers", "target": "artefact:DES140"}]}
            """;

    @Test
    void refusesAnEditorCreatingADecisionThroughTheApi() {
        Graph before = contents();

        HttpResponse<String> reply =
                send(
                        request("/api/resources")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .POST(body(NEW_DECISION)));

        assertRefusedForEditors(reply, BASE + "decision/TEST-DEC-1");
        assertThat(contents().isIsomorphicWith(before)).isTrue();
        assertThat(get("/api/resources/decision:TEST-DEC-1", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnEditorChangingLinkingOrDeletingADecisionThroughTheApi() {
        Graph before = contents();
        String etag = etag("/api/resources/" + DECISION);
        String artefactTag = etag("/api/resources/artefact:DES140");

        HttpResponse<String> replaced =
                send(
                        request("/api/resources/" + DECISION)
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .header("If-Match", etag)
                                .PUT(body("{\"label\": \"Renamed\"}")));
        HttpResponse<String> linked =
                send(
                        request("/api/resources/" + DECISION + "/links")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/json")
                                .header("If-Match", etag)
                                .POST(
                                        body(
                                                "{\"relation\": \"dr:approves\", \"target\":"
                                                        + " \"artefact:DES140\"}")));
        HttpResponse<String> linkedFromTheArtefact =
                send(
                        request("/api/resources/artefact:DES140/links")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .header("If-Match", artefactTag)
                                .POST(
                                        body(
                                                "{\"relation\": \"dr:approvedBy\", \"target\": \""
                                                        + DECISION
                                                        + "\"}")));
        HttpResponse<String> unlinked =
                send(
                        request(
                                        "/api/resources/"
                                                + DECISION
                                                + "/links?relation=dr:madeBy&target=body:DAG")
                                .header("Authorization", editor())
                                .header("If-Match", etag)
                                .DELETE());
        HttpResponse<String> deleted =
                send(
                        request("/api/resources/" + DECISION)
                                .header("Authorization", editor())
                                .header("If-Match", etag)
                                .DELETE());

        for (HttpResponse<String> reply :
                List.of(replaced, linked, linkedFromTheArtefact, unlinked, deleted)) {
            assertRefusedForEditors(reply, DECISION_IRI);
        }
        assertThat(contents().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void letsApproversAndAdminsRecordDecisionsThroughTheApi() {
        Graph before = contents();

        HttpResponse<String> created =
                send(
                        request("/api/resources")
                                .header("Authorization", approver())
                                .header("Content-Type", "application/json")
                                .POST(body(NEW_DECISION)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> deleted =
                send(
                        request("/api/resources/decision:TEST-DEC-1")
                                .header("Authorization", admin())
                                .header(
                                        "If-Match",
                                        created.headers().firstValue("ETag").orElseThrow())
                                .DELETE());

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(contents().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void refusesAnEditorsSparqlUpdateToADecision() {
        Graph before = contents();

        HttpResponse<String> asBody =
                update(editor(), "INSERT DATA { " + DECISION + " rdfs:comment \"Reopened\" }");
        HttpResponse<String> asForm =
                send(
                        request("/sparql")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        body(
                                                "update="
                                                        + URLEncoder.encode(
                                                                PREFIXES
                                                                        + "DELETE WHERE { "
                                                                        + DECISION
                                                                        + " ?p ?o }",
                                                                StandardCharsets.UTF_8))));

        assertRefusedForEditors(asBody, DECISION_IRI);
        assertRefusedForEditors(asForm, DECISION_IRI);
        assertThat(contents().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void letsAnApproverChangeADecisionBySparqlUpdate() {
        Graph before = contents();

        HttpResponse<String> added =
                update(approver(), "INSERT DATA { " + DECISION + " rdfs:comment \"Minuted\" }");
        boolean stored =
                registry.read(
                        m ->
                                m.contains(
                                        m.createResource(DECISION_IRI),
                                        m.createProperty(
                                                "http://www.w3.org/2000/01/rdf-schema#comment"),
                                        "Minuted"));
        HttpResponse<String> removed =
                update(admin(), "DELETE DATA { " + DECISION + " rdfs:comment \"Minuted\" }");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
        assertThat(stored).isTrue();
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(contents().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void refusesAnEditorsGraphStoreWriteToADecision() {
        Graph before = contents();
        String turtle =
                "<" + DECISION_IRI + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"GSP\" .";

        HttpResponse<String> refused = gspPost(editor(), turtle);

        assertRefusedForEditors(refused, DECISION_IRI);
        assertThat(contents().isIsomorphicWith(before)).isTrue();

        HttpResponse<String> allowed = gspPost(approver(), turtle);
        assertThat(allowed.statusCode()).as(allowed.body()).isIn(200, 204);
        assertThat(
                        update(approver(), "DELETE DATA { " + DECISION + " rdfs:comment \"GSP\" }")
                                .statusCode())
                .isEqualTo(204);
        assertThat(contents().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void letsAnEditorChangeResourcesThatAreNotDecisions() {
        HttpResponse<String> added =
                update(editor(), "INSERT DATA { artefact:DES140 rdfs:comment \"Editor's note\" }");
        HttpResponse<String> removed =
                update(editor(), "DELETE DATA { artefact:DES140 rdfs:comment \"Editor's note\" }");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    }

    private static void assertRefusedForEditors(HttpResponse<String> reply, String decision) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(403);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        DocumentContext problem = JsonPath.parse(reply.body());
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(403);
        assertThat(problem.read("$.detail", String.class))
                .contains("Approving decisions needs the approver role")
                .contains(decision)
                .contains("nothing was stored");
        List<String> decisions = problem.read("$.decisions");
        assertThat(decisions).contains(decision);
    }

    private HttpResponse<String> update(String authorization, String update) {
        return send(
                request("/sparql")
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(PREFIXES + update)));
    }

    private HttpResponse<String> gspPost(String authorization, String turtle) {
        return send(
                request("/data?default")
                        .header("Authorization", authorization)
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(turtle)));
    }

    private String etag(String path) {
        return get(path, "application/json").headers().firstValue("ETag").orElseThrow();
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
