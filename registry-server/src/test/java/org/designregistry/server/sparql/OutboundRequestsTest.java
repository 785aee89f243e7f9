package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which {@code LOAD} and {@code SERVICE} requests are refused before they run, with {@code
 * data.example.org} the one host allowed.
 */
class OutboundRequestsTest {

    private final OutboundRequests policy = new OutboundRequests(List.of(" Data.Example.org ", ""));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "LOAD <http://data.example.org/a.ttl>",
                "LOAD <https://DATA.example.org/a.ttl> INTO GRAPH <urn:test:g>",
                "LOAD SILENT <https://data.example.org:8443/a.ttl>",
                "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }"
            })
    void letsThrough(String update) {
        assertThat(policy.refusal(UpdateFactory.create(update))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "LOAD <file:///etc/passwd>",
                "LOAD SILENT <FILE:/etc/passwd>",
                "LOAD <ftp://data.example.org/a.ttl>",
                "LOAD <http://127.0.0.1/a.ttl>",
                "LOAD <http://data.example.org.evil.test/a.ttl>",
                "LOAD <urn:test:nowhere>",
                "INSERT DATA { <urn:test:s> <urn:test:p> 1 } ; LOAD <http://localhost/a.ttl>"
            })
    void refusesLoad(String update) {
        Optional<String> refusal = policy.refusal(UpdateFactory.create(update));

        assertThat(refusal).isPresent();
        assertThat(refusal.get()).startsWith("LOAD <").contains("refused");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INSERT { ?s ?p ?o } WHERE { SERVICE <http://s.test/sparql> { ?s ?p ?o } }",
                "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT"
                        + " <http://s.test/sparql> { ?s ?p ?x } } }",
                "INSERT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o WHERE { SERVICE"
                        + " <http://s.test/sparql> { ?s ?p ?o } } } }",
                "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE"
                        + " <http://s.test/sparql> { ?s ?p ?o } } }",
                "INSERT { ?s ?p ?b } WHERE { ?s ?p ?o BIND(EXISTS { SERVICE"
                        + " <http://s.test/sparql> { ?s ?p ?o } } AS ?b) }"
            })
    void refusesServiceInAnUpdate(String update) {
        assertThat(policy.refusal(UpdateFactory.create(update)))
                .hasValueSatisfying(
                        r -> assertThat(r).startsWith("SERVICE <http://s.test/sparql> refused"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT * WHERE { SERVICE <http://s.test/sparql> { ?s ?p ?o } }",
                "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <http://s.test/sparql> { ?s ?p ?o } } }"
            })
    void refusesServiceInAQuery(String query) {
        assertThat(policy.refusal(QueryFactory.create(query))).isPresent();
    }
}
