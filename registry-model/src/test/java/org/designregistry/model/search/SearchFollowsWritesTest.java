package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.model.search.SearchFixtures.identifiers;
import static org.designregistry.model.search.SearchFixtures.turtle;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Commit;
import org.designregistry.model.Registry;
import org.designregistry.model.search.SearchResult.FacetCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The index follows every write path: loads, SPARQL Update and direct writes to the registry's
 * dataset; created resources are found, updated ones found by their new words only, and deleted
 * ones disappear, as soon as the write returns.
 */
class SearchFollowsWritesTest {

    private static final String PREFIXES =
            """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX ex: <https://registry.example/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX workstream: <https://registry.mhhs.example/id/workstream/>
            """;

    private final Registry registry = SearchFixtures.fixture("ranking.ttl");

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void findsAResourceCreatedByALoad() {
        assertThat(identifiers(registry, "aardvark")).isEmpty();

        registry.loadSources(
                List.of(
                        turtle(
                                "new.ttl",
                                "ex:IF-950 a dr:Interface ; rdfs:label \"Aardvark Feed\" ;"
                                        + " dcterms:identifier \"IF-950\" .")));

        assertThat(identifiers(registry, "aardvark")).containsExactly("IF-950");
        assertThat(identifiers(registry, "if950")).first().isEqualTo("IF-950");
    }

    @Test
    void followsCreateUpdateAndDeleteBySparqlUpdate() {
        update(
                "INSERT DATA { ex:IF-951 a dr:Interface ; rdfs:label \"Zebra Crossing\" ;"
                        + " dcterms:identifier \"IF-951\" }");
        assertThat(identifiers(registry, "zebra")).containsExactly("IF-951");

        update(
                "DELETE { ex:IF-951 rdfs:label ?l } INSERT { ex:IF-951 rdfs:label \"Okapi"
                        + " Crossing\" } WHERE { ex:IF-951 rdfs:label ?l }");
        assertThat(identifiers(registry, "zebra")).isEmpty();
        assertThat(identifiers(registry, "okapi")).containsExactly("IF-951");

        update("DELETE WHERE { ex:IF-951 ?p ?o }");
        assertThat(identifiers(registry, "okapi")).isEmpty();
        assertThat(identifiers(registry, "IF-951")).isEmpty();
    }

    @Test
    void followsDirectWritesToTheDataset() {
        DatasetGraph dataset = registry.dataset();
        Node quagga = NodeFactory.createURI("https://registry.example/id/quagga");

        Txn.executeWrite(
                dataset,
                () ->
                        dataset.getDefaultGraph()
                                .add(
                                        quagga,
                                        RDFS.label.asNode(),
                                        NodeFactory.createLiteralString("Quagga Register")));

        assertThat(SearchFixtures.hits(registry, "quagga"))
                .singleElement()
                .satisfies(h -> assertThat(h.iri()).isEqualTo(quagga.getURI()));
    }

    @Test
    void anAbortedWriteLeavesTheIndexAlone() {
        DatasetGraph dataset = registry.dataset();
        dataset.begin(org.apache.jena.query.TxnType.WRITE);
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { ex:IF-901 ?p ?o }", dataset);
        dataset.abort();
        dataset.end();

        assertThat(identifiers(registry, "IF-901")).first().isEqualTo("IF-901");
    }

    @Test
    void aRenamedWorkstreamIsFoundThroughTheResourcesItOwns() {
        try (Registry mhhs = SearchFixtures.mhhs()) {
            long owned = facetCount(mhhs, SearchFacet.WORKSTREAM, "Smart");
            assertThat(mhhs.search().search(SearchQuery.of("clever")).total()).isZero();

            Txn.executeWrite(
                    mhhs.dataset(),
                    () ->
                            UpdateAction.parseExecute(
                                    PREFIXES
                                            + "DELETE { workstream:Smart rdfs:label ?l } INSERT {"
                                            + " workstream:Smart rdfs:label \"Clever Meters\" }"
                                            + " WHERE { workstream:Smart rdfs:label ?l }",
                                    mhhs.dataset()));

            SearchResult clever =
                    mhhs.search()
                            .search(
                                    SearchQuery.of("clever")
                                            .filter(SearchFacet.WORKSTREAM, "Smart"));
            assertThat(clever.total()).isEqualTo(owned);
            assertThat(mhhs.search().search(SearchQuery.of("clever")).total()).isEqualTo(owned + 1);
            assertThat(
                            mhhs.search()
                                    .search(SearchQuery.of(""))
                                    .facets()
                                    .get(SearchFacet.WORKSTREAM))
                    .contains(new FacetCount("Smart", "Clever Meters", owned));
        }
    }

    @Test
    void aWriteTooLargeToItemiseRebuildsTheIndex() {
        assertThat(registry.search().size()).isEqualTo(4);
        DatasetGraph dataset = registry.dataset();
        Node hub = NodeFactory.createURI("https://registry.example/id/hub");
        Node label = NodeFactory.createLiteralString("Hub of links");

        // One write of more changes than a commit itemises: the same triple added again and
        // again is cheap to store and still counts, so listeners are told to rebuild.
        Txn.executeWrite(
                dataset,
                () -> {
                    UpdateAction.parseExecute(
                            PREFIXES + "DELETE WHERE { ex:IF-902 ?p ?o }", dataset);
                    for (int i = 0; i <= Commit.ITEMISED_LIMIT; i++) {
                        dataset.getDefaultGraph().add(hub, RDFS.label.asNode(), label);
                    }
                });

        assertThat(SearchFixtures.hits(registry, "hub")).singleElement();
        assertThat(identifiers(registry, "tariff")).containsExactly("IF-901", "IF-903");
        assertThat(registry.search().size()).isEqualTo(4);
    }

    @Test
    void anInMemoryIndexBuiltAfterWritesHoldsThem() {
        Registry fresh = SearchFixtures.fixture("ranking.ttl");
        try {
            update(fresh, "INSERT DATA { ex:late rdfs:label \"Late Arrival\" }");

            assertThat(SearchFixtures.hits(fresh, "arrival")).singleElement();
        } finally {
            fresh.close();
        }
    }

    private void update(String update) {
        update(registry, update);
    }

    private static void update(Registry registry, String update) {
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(dataset, () -> UpdateAction.parseExecute(PREFIXES + update, dataset));
    }

    private static long facetCount(Registry registry, SearchFacet facet, String value) {
        return registry.search().search(SearchQuery.of("")).facets().get(facet).stream()
                .filter(c -> c.value().equals(value))
                .findFirst()
                .orElseThrow()
                .count();
    }
}
