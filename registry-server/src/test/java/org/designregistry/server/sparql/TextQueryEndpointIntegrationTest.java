package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/** Full-text search inside SPARQL at {@code /sparql}: {@code text:query} beside graph patterns. */
class TextQueryEndpointIntegrationTest extends ServerTestSupport {

    private static final String PREFIXES =
            "PREFIX text: <http://jena.apache.org/text#> "
                    + "PREFIX dr: <https://w3id.org/design-registry#> "
                    + "PREFIX drstatus: <https://w3id.org/design-registry/status/> "
                    + "PREFIX dcterms: <http://purl.org/dc/terms/> "
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "PREFIX oslc_rm: <http://open-services.net/ns/rm#> ";

    @Test
    void combinesTextQueryWithAGraphPatternOverHttp() {
        String query =
                PREFIXES
                        + "SELECT DISTINCT ?id { ?i text:query (rdfs:label '\"register reads\"') ."
                        + " ?i a dr:Interface ; dcterms:identifier ?id ."
                        + " ?a oslc_rm:specifies ?i ; dr:status drstatus:Approved } ORDER BY ?id";

        HttpResponse<String> reply =
                get(
                        "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        "application/sparql-results+json");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(identifiers(reply)).contains("IF-041").allMatch(id -> id.startsWith("IF-"));
    }

    @Test
    void returnsScoresForRankedMatches() {
        String query =
                PREFIXES
                        + "SELECT ?id ?score { (?s ?score) text:query ('GSP group' 5) ."
                        + " ?s dcterms:identifier ?id } ORDER BY DESC(?score)";

        HttpResponse<String> reply =
                get(
                        "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        "application/sparql-results+json");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(identifiers(reply)).isNotEmpty().hasSizeLessThanOrEqualTo(5).contains("DI-037");
    }

    private static List<String> identifiers(HttpResponse<String> reply) {
        ResultSet results =
                ResultSetMgr.read(
                        new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)),
                        ResultSetLang.RS_JSON);
        List<String> ids = new ArrayList<>();
        results.forEachRemaining(row -> ids.add(row.getLiteral("id").getLexicalForm()));
        return ids;
    }
}
