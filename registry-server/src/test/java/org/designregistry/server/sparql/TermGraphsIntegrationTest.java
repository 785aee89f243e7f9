package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.encode;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.designregistry.ontology.RegistryOntology;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The ontology and the concept schemes at {@code /sparql}: queryable as two named graphs beside the
 * registry graph, named in the service description, and beyond the reach of every write.
 */
class TermGraphsIntegrationTest extends ServerTestSupport {

    private static final String PREFIXES =
            "PREFIX dr: <https://w3id.org/design-registry#>\n"
                    + "PREFIX drstatus: <https://w3id.org/design-registry/status/>\n"
                    + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    @Test
    void answersTheLabelOfAStatusFromTheVocabulariesGraph() {
        List<String> labels =
                select(
                        "SELECT ?label WHERE { GRAPH <"
                                + RegistryOntology.VOCABULARIES_GRAPH
                                + "> { drstatus:ApprovedWithConditions skos:prefLabel ?label } }",
                        "label");

        assertThat(labels).containsExactly("Approved subject to conditions");
    }

    @Test
    void joinsTheRegistryGraphWithTheTermGraphs() {
        List<String> labels =
                select(
                        "SELECT DISTINCT ?label WHERE { ?artefact dr:status ?status ."
                                + " GRAPH ?terms { ?status skos:prefLabel ?label } }",
                        "label");
        List<String> classes =
                select(
                        "SELECT ?label WHERE { GRAPH <"
                                + RegistryOntology.ONTOLOGY_GRAPH
                                + "> { dr:DataItem rdfs:label ?label } }",
                        "label");

        assertThat(labels).contains("Approved");
        assertThat(classes).containsExactly("data item");
    }

    @Test
    void sampleQueriesAnswerStatusesAndLevelsByLabel() throws java.io.IOException {
        List<String> statuses = select(sample("artefacts-by-status"), "status");
        List<String> levels = select(sample("decisions-to-revisit"), "level");
        List<String> revisitStatuses = select(sample("decisions-to-revisit"), "status");

        assertThat(statuses).contains("Approved").doesNotContain("ApprovedWithConditions");
        assertThat(levels).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("Level "));
        assertThat(revisitStatuses).isNotEmpty().doesNotContain("ApprovedWithConditions");
    }

    @Test
    void leavesTheTermsOutOfTheDefaultGraph() {
        assertThat(select("SELECT ?l WHERE { drstatus:Draft skos:prefLabel ?l }", "l")).isEmpty();
    }

    @Test
    void namesTheTermGraphsInTheServiceDescription() {
        HttpResponse<String> reply = get("/sparql", "text/turtle");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body())
                .contains(RegistryOntology.ONTOLOGY_GRAPH)
                .contains(RegistryOntology.VOCABULARIES_GRAPH)
                .contains("namedGraph");
    }

    @Test
    void refusesAnUpdateOfTheVocabulariesGraphWith403() {
        HttpResponse<String> insert =
                update(
                        PREFIXES
                                + "INSERT DATA { GRAPH <"
                                + RegistryOntology.VOCABULARIES_GRAPH
                                + "> { drstatus:Draft skos:prefLabel \"Hacked\" } }");
        HttpResponse<String> drop = update("DROP GRAPH <" + RegistryOntology.ONTOLOGY_GRAPH + ">");

        assertThat(insert.statusCode()).isEqualTo(403);
        assertThat(JsonPath.parse(insert.body()).read("$.detail", String.class))
                .contains(RegistryOntology.VOCABULARIES_GRAPH)
                .contains("vocabularies")
                .contains("nothing was stored");
        assertThat(drop.statusCode()).isEqualTo(403);
        assertThat(
                        select(
                                "SELECT ?l WHERE { GRAPH ?g { drstatus:Draft skos:prefLabel ?l }"
                                        + " }",
                                "l"))
                .containsExactly("Draft");
    }

    @Test
    void refusesAGraphStoreWriteToTheVocabulariesGraphWith403() {
        HttpResponse<String> put =
                send(
                        request("/data?graph=" + encode(RegistryOntology.VOCABULARIES_GRAPH))
                                .header("Authorization", editor())
                                .header("Content-Type", "text/turtle")
                                .PUT(body("<urn:test:s> <urn:test:p> \"o\" .")));

        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(JsonPath.parse(put.body()).read("$.detail", String.class))
                .contains("no write can change them");
    }

    private static String sample(String name) throws java.io.IOException {
        try (var in =
                TermGraphsIntegrationTest.class
                        .getClassLoader()
                        .getResourceAsStream("samples/queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private List<String> select(String query, String variable) {
        HttpResponse<String> reply =
                get("/sparql?query=" + encode(PREFIXES + query), "application/sparql-results+json");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JsonPath.parse(reply.body()).read("$.results.bindings[*]." + variable + ".value");
    }

    private HttpResponse<String> update(String update) {
        return send(
                request("/sparql")
                        .header("Authorization", editor())
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(update)));
    }
}
