package org.designregistry.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Writes through the REST API and the Graph Store Protocol are searchable once they commit, and
 * deleted resources leave the search, on the shared running server.
 */
class SearchAfterWritesIntegrationTest extends ServerTestSupport {

    @Test
    void findsARestCreateThenTheNewLabelAfterAnUpdateAndNothingAfterTheDelete() {
        HttpResponse<String> created =
                send(
                        request("/api/resources")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .POST(body(artefact("DES931", "Quokka reconciliation ledger"))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            assertThat(found("quokka")).contains("DES931");
            assertThat(found("DES931")).startsWith("DES931");

            HttpResponse<String> updated =
                    send(
                            request("/api/resources/artefact:DES931")
                                    .header("Authorization", editor())
                                    .header("Content-Type", "application/json")
                                    .header(
                                            "If-Match",
                                            created.headers().firstValue("ETag").orElseThrow())
                                    .PUT(
                                            body(
                                                    artefact(
                                                            "DES931",
                                                            "Platypus reconciliation ledger"))));
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            assertThat(found("platypus")).contains("DES931");
            assertThat(found("quokka")).doesNotContain("DES931");
        } finally {
            delete("artefact:DES931");
        }
        assertThat(found("platypus")).doesNotContain("DES931");
        assertThat(found("DES931")).doesNotContain("DES931");
    }

    @Test
    void findsWhatAGraphStorePostAddsAndForgetsItOnceDeleted() {
        String turtle =
                """
                @prefix dr: <https://w3id.org/design-registry#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <%sdata-item/DI-951> a dr:DataItem ;
                    rdfs:label "Wombat tariff indicator" ;
                    dcterms:identifier "DI-951" ;
                    rdfs:comment "Marks the burrow tariff." .
                """
                        .formatted(BASE);
        assertThat(found("wombat")).doesNotContain("DI-951");

        HttpResponse<String> posted =
                send(
                        request("/data?default")
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .POST(body(turtle)));
        assertThat(posted.statusCode()).as(posted.body()).isIn(200, 201, 204);
        try {
            assertThat(found("wombat")).containsExactly("DI-951");
            assertThat(found("burrow")).contains("DI-951");
        } finally {
            delete("data-item:DI-951");
        }
        assertThat(found("wombat")).doesNotContain("DI-951");
    }

    /** Returns the identifiers of the hits of a search over HTTP, best first. */
    private List<String> found(String q) {
        HttpResponse<String> reply =
                get(
                        "/api/search?limit=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                        "application/json");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JsonPath.parse(reply.body()).read("$.hits[*].identifier");
    }

    private void delete(String ref) {
        HttpResponse<String> current = get("/api/resources/" + ref, "application/json");
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        HttpResponse<String> deleted =
                send(
                        request("/api/resources/" + ref)
                                .header("Authorization", editor())
                                .header(
                                        "If-Match",
                                        current.headers().firstValue("ETag").orElseThrow())
                                .DELETE());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    }

    private static String artefact(String identifier, String title) {
        return """
                {"kind": "artefact", "identifier": "%s", "label": "%s %s",
                 "properties": [
                   {"property": "dcterms:title", "value": "%s"},
                   {"property": "dr:artefactType", "iri": "drtype:ProcessList"},
                   {"property": "dr:status", "iri": "drstatus:Draft"}],
                 "links": [
                   {"relation": "dr:ownedBy", "target": "workstream:Smart"},
                   {"relation": "dr:dependsOn", "target": "DES138"}]}
                """
                .formatted(identifier, identifier, title, title);
    }
}
