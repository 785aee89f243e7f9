package org.designregistry.server.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/** The JSON API under {@code /api} against the running server, with the MHHS sample. */
class ResourceApiIntegrationTest extends ServerTestSupport {

    @Test
    void listsArtefactsWithPaging() {
        DocumentContext first = json(get("/api/artefacts?size=10", "application/json"));
        DocumentContext fourth = json(get("/api/artefacts?size=10&page=3", "application/json"));

        assertThat(first.read("$.totalItems", Integer.class)).isEqualTo(35);
        assertThat(first.read("$.totalPages", Integer.class)).isEqualTo(4);
        List<String> ids = first.read("$.items[*].identifier");
        assertThat(ids).hasSize(10).isSorted();
        List<String> last = fourth.read("$.items[*].identifier");
        assertThat(last).hasSize(5);
        assertThat(first.read("$.items[0].url", String.class)).startsWith("/id/artefact/");
    }

    @Test
    void filtersByWorkstreamStatusPhaseAndType() {
        List<String> drafts =
                json(get("/api/resources?kind=artefact&status=Draft&size=500", "*/*"))
                        .read("$.items[*].status.label");
        List<String> smart =
                json(get("/api/processes?workstream=Smart&size=500", "*/*"))
                        .read("$.items[*].workstreams");
        List<String> interfaceLists =
                json(get("/api/artefacts?type=drtype:InterfaceList", "*/*"))
                        .read("$.items[*].identifier");
        List<String> logical =
                json(get("/api/artefacts?phase=LogicalDesign&size=500", "*/*"))
                        .read("$.items[*].phase.name");

        assertThat(drafts).isNotEmpty().containsOnly("Draft");
        assertThat(smart).isNotEmpty();
        assertThat(interfaceLists).containsExactly("DES138");
        assertThat(logical).isNotEmpty().containsOnly("drphase:LogicalDesign");
    }

    @Test
    void listsTheKindsAndEachCollection() {
        DocumentContext kinds = json(get("/api/kinds", "*/*"));
        List<String> collections = kinds.read("$[*].collection");

        assertThat(collections)
                .contains(
                        "/api/artefacts",
                        "/api/processes",
                        "/api/interfaces",
                        "/api/data-items",
                        "/api/requirements",
                        "/api/decisions",
                        "/api/workstreams",
                        "/api/bodies");
        assertThat(json(get("/api/processes", "*/*")).read("$.totalItems", Integer.class))
                .isEqualTo(120);
        assertThat(json(get("/api/interfaces", "*/*")).read("$.totalItems", Integer.class))
                .isEqualTo(79);
        assertThat(get("/api/nothings", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("/api/resources?kind=nothing", "*/*").statusCode()).isEqualTo(400);
    }

    @Test
    void returnsOneResourceWithLabelledPropertiesAndLinksBothWays() {
        HttpResponse<String> reply = get("/api/resources/DES138", "application/json");

        assertThat(reply.statusCode()).isEqualTo(200);
        DocumentContext des138 = json(reply);
        assertThat(des138.read("$.ref", String.class)).isEqualTo("artefact:DES138");
        assertThat(des138.read("$.url", String.class)).isEqualTo("/id/artefact/DES138");
        assertThat(reply.headers().firstValue("ETag"))
                .contains("\"" + des138.read("$.version", String.class) + "\"");
        List<String> statuses =
                des138.read("$.properties[?(@.property.name == 'dr:status')].values[*].value");
        assertThat(statuses).containsExactly("Approved");
        List<String> specified =
                des138.read(
                        "$.outgoing[?(@.relation.name == 'oslc_rm:specifies')].resources[*].identifier");
        assertThat(specified).contains("IF-041");
        List<String> specifiedTypes =
                des138.read(
                        "$.outgoing[?(@.relation.name == 'oslc_rm:specifies')].resources[*].type.name");
        assertThat(specifiedTypes).contains("dr:Interface");
        List<String> dependents =
                des138.read(
                        "$.incoming[?(@.relation.name == 'dr:dependsOn')].resources[*].identifier");
        assertThat(dependents).isNotEmpty();
        assertThat(
                        json(get("/api/resources/interface:IF-041", "*/*"))
                                .read("$.identifier", String.class))
                .isEqualTo("IF-041");
        assertThat(get("/api/resources/DES999", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void createsUpdatesAndDeletesAResource() {
        HttpResponse<String> created =
                send(
                        request("/api/resources")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .POST(
                                        body(
                                                newArtefact(
                                                        "DES901",
                                                        "DES901 Registry test artefact"))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .contains("/api/resources/artefact:DES901");
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> updated =
                send(
                        request("/api/resources/artefact:DES901")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/json")
                                .header("If-Match", etag)
                                .PUT(body(newArtefact("DES901", "DES901 Renamed"))));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).read("$.label", String.class)).isEqualTo("DES901 Renamed");
        String newTag = updated.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(etag);

        HttpResponse<String> stale =
                send(
                        request("/api/resources/artefact:DES901")
                                .header("Authorization", editor())
                                .header("If-Match", etag)
                                .DELETE());
        assertThat(stale.statusCode()).isEqualTo(412);

        HttpResponse<String> linked =
                send(
                        request("/api/resources/artefact:DES901/links")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .header("If-Match", newTag)
                                .POST(
                                        body(
                                                "{\"relation\":\"dr:dependsOn\","
                                                        + "\"target\":\"artefact:DES140\"}")));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        List<String> dependsOn =
                json(linked)
                        .read(
                                "$.outgoing[?(@.relation.name == 'dr:dependsOn')].resources[*].identifier");
        assertThat(dependsOn).containsExactlyInAnyOrder("DES138", "DES140");

        HttpResponse<String> unlinked =
                send(
                        request(
                                        "/api/resources/artefact:DES901/links?relation=dr:dependsOn"
                                                + "&target=artefact:DES140")
                                .header("Authorization", editor())
                                .header(
                                        "If-Match",
                                        linked.headers().firstValue("ETag").orElseThrow())
                                .DELETE());
        assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);

        HttpResponse<String> deleted =
                send(
                        request("/api/resources/artefact:DES901")
                                .header("Authorization", editor())
                                .header(
                                        "If-Match",
                                        unlinked.headers().firstValue("ETag").orElseThrow())
                                .DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get("/api/resources/artefact:DES901", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAShapeBreakingCreateWith422AndLeavesTheStoreUnchanged() {
        Graph before = contents();
        String withoutOwner =
                """
                {"kind": "artefact", "identifier": "DES902", "label": "DES902 No owner",
                 "properties": [
                   {"property": "dcterms:title", "value": "No owner"},
                   {"property": "dr:artefactType", "iri": "drtype:ProcessList"},
                   {"property": "dr:status", "iri": "drstatus:Draft"}]}
                """;

        HttpResponse<String> reply =
                send(
                        request("/api/resources")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .POST(body(withoutOwner)));

        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        DocumentContext problem = json(reply);
        List<String> focus = problem.read("$.violations[*].focusNode");
        assertThat(focus).containsOnly(BASE + "artefact/DES902");
        List<String> paths = problem.read("$.violations[*].path");
        assertThat(paths).anySatisfy(p -> assertThat(p).contains("dr:ownedBy"));
        assertThat(contents().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void refusesWritesWithoutCredentialsWith401AndFromAReaderWith403() {
        HttpResponse<String> anonymous =
                send(
                        request("/api/resources")
                                .header("Content-Type", "application/json")
                                .POST(body(newArtefact("DES903", "DES903 x"))));
        HttpResponse<String> asReader =
                send(
                        request("/api/resources")
                                .header("Authorization", reader())
                                .header("Content-Type", "application/json")
                                .POST(body(newArtefact("DES903", "DES903 x"))));
        HttpResponse<String> wrongPassword =
                send(
                        request("/api/resources/DES138")
                                .header("Authorization", basic(EDITOR, "wrong"))
                                .DELETE());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).read("$.status", Integer.class)).isEqualTo(401);
        assertThat(asReader.statusCode()).isEqualTo(403);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(get("/api/resources/artefact:DES903", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void requiresIfMatchToEditWith428() {
        HttpResponse<String> reply =
                send(request("/api/resources/DES138").header("Authorization", editor()).DELETE());

        assertThat(reply.statusCode()).isEqualTo(428);
        assertThat(json(reply).read("$.detail", String.class)).contains("If-Match");
        assertThat(get("/api/resources/DES138", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void answersBadRequestsWith400AndNoInternals() {
        HttpResponse<String> badJson =
                send(
                        request("/api/resources")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .POST(body("{not json")));
        HttpResponse<String> badProperty =
                send(
                        request("/api/resources")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/json")
                                .POST(
                                        body(
                                                "{\"kind\":\"artefact\",\"identifier\":\"DES904\","
                                                        + "\"label\":\"x\",\"properties\":[{\"property\":"
                                                        + "\"nope:title\",\"value\":\"x\"}]}")));
        HttpResponse<String> badRef = get("/api/resources/bad:ref:x", "*/*");

        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badProperty.statusCode()).isEqualTo(400);
        assertThat(json(badProperty).read("$.detail", String.class)).contains("nope:title");
        assertThat(badRef.statusCode()).isEqualTo(400);
        for (HttpResponse<String> reply : List.of(badJson, badProperty, badRef)) {
            assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void servesTheOpenApiDescriptionAndSwaggerUi() {
        HttpResponse<String> docs = get("/v3/api-docs", "application/json");
        HttpResponse<String> ui =
                send(request("/swagger-ui/index.html").header("Accept", "text/html"));

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/resources/{ref}").contains("/api/kinds");
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    private static String newArtefact(String identifier, String label) {
        return """
                {"kind": "artefact", "identifier": "%s", "label": "%s",
                 "properties": [
                   {"property": "dcterms:title", "value": "Registry test artefact"},
                   {"property": "dr:artefactType", "iri": "drtype:ProcessList"},
                   {"property": "dr:status", "iri": "drstatus:Draft"}],
                 "links": [
                   {"relation": "dr:ownedBy", "target": "workstream:Smart"},
                   {"relation": "dr:dependsOn", "target": "DES138"}]}
                """
                .formatted(identifier, label);
    }

    private static DocumentContext json(HttpResponse<String> reply) {
        return JsonPath.parse(reply.body());
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
