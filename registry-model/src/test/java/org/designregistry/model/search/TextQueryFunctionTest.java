package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code text:query} in SPARQL over a registry's dataset, combined with graph patterns. */
class TextQueryFunctionTest {

    private static final String PREFIXES =
            """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX drstatus: <https://w3id.org/design-registry/status/>
            PREFIX ex: <https://registry.example/id/>
            PREFIX oslc_rm: <http://open-services.net/ns/rm#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static Registry registry;

    @BeforeAll
    static void open() {
        registry = SearchFixtures.fixture("specified-interfaces.ttl");
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void combinesSearchWithAGraphPattern() {
        List<String> found =
                column(
                        "SELECT ?id { ?i text:query (dcterms:description '\"settlement period\"') ."
                                + " ?i a dr:Interface ; dcterms:identifier ?id . ?a"
                                + " oslc_rm:specifies ?i ; dr:status drstatus:Approved }",
                        "id");

        assertThat(found).containsExactly("IF-801");
    }

    @Test
    void searchesEveryTextFieldByDefaultAndBindsScoresBestFirst() {
        Map<String, Double> scores = new TreeMap<>();
        List<String> order = new ArrayList<>();
        select(
                "SELECT ?id ?score { (?s ?score) text:query 'settlement' . ?s dcterms:identifier"
                        + " ?id } ORDER BY DESC(?score) ?id",
                row -> {
                    String id = row.get("id").getLiteralLexicalForm();
                    order.add(id);
                    scores.put(id, Double.parseDouble(row.get("score").getLiteralLexicalForm()));
                });

        assertThat(scores).containsOnlyKeys("IF-801", "IF-802", "IF-803", "IF-804", "DI-801");
        assertThat(order.subList(0, 2)).containsExactlyInAnyOrder("IF-803", "DI-801");
        assertThat(scores.values()).allMatch(s -> s > 0);
    }

    @Test
    void restrictsToAClassAndHonoursALimit() {
        assertThat(column("SELECT ?s { ?s text:query (dr:DataItem 'settlement') }", "s"))
                .containsExactly("https://registry.example/id/DI-801");
        assertThat(column("SELECT ?s { ?s text:query ('settlement' 2) }", "s")).hasSize(2);
    }

    @Test
    void restrictsToLabelsOrIdentifiers() {
        assertThat(column("SELECT ?s { ?s text:query (rdfs:label 'settlement') }", "s"))
                .containsExactlyInAnyOrder(
                        "https://registry.example/id/IF-803", "https://registry.example/id/DI-801");
        assertThat(column("SELECT ?s { ?s text:query (dcterms:identifier 'if801') }", "s"))
                .containsExactly("https://registry.example/id/IF-801");
    }

    @Test
    void checksABoundSubject() {
        assertThat(
                        column(
                                "SELECT ?s { VALUES ?s { ex:IF-801 ex:LIS001 } ?s text:query"
                                        + " 'consumption' }",
                                "s"))
                .containsExactly("https://registry.example/id/IF-801");
    }

    @Test
    void takesTheWordsFromAVariable() {
        assertThat(
                        column(
                                "SELECT ?s { VALUES ?w { 'draft' } ?s text:query (dr:Interface ?w) }",
                                "s"))
                .containsExactly("https://registry.example/id/IF-802");
    }

    @Test
    void seesWritesOnceTheyCommit() {
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(
                dataset,
                () ->
                        UpdateAction.parseExecute(
                                PREFIXES + "INSERT DATA { ex:IF-899 rdfs:label 'Wombat Feed' }",
                                dataset));
        try {
            assertThat(column("SELECT ?s { ?s text:query 'wombat' }", "s"))
                    .containsExactly("https://registry.example/id/IF-899");
        } finally {
            Txn.executeWrite(
                    dataset,
                    () ->
                            UpdateAction.parseExecute(
                                    PREFIXES + "DELETE WHERE { ex:IF-899 ?p ?o }", dataset));
        }
        assertThat(column("SELECT ?s { ?s text:query 'wombat' }", "s")).isEmpty();
    }

    @Test
    void refusesWordsItCannotSearchWith() {
        assertThatThrownBy(() -> column("SELECT ?s { ?s text:query '\"unbalanced' }", "s"))
                .isInstanceOf(QueryExecException.class)
                .hasMessageContaining("text:query")
                .hasMessageContaining("Unbalanced quotes");
        assertThatThrownBy(() -> column("SELECT ?s { ?s text:query ('settlement' 0) }", "s"))
                .isInstanceOf(QueryExecException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void eachRegistryQueriesItsOwnIndex() {
        try (Registry other = SearchFixtures.fixture("ranking.ttl")) {
            assertThat(column(other, "SELECT ?s { ?s text:query 'settlement' }", "s")).isEmpty();
            assertThat(column(other, "SELECT ?s { ?s text:query 'tariff' }", "s")).hasSize(3);
        }
        assertThat(column("SELECT ?s { ?s text:query 'tariff' }", "s")).isEmpty();
    }

    @Test
    void isNotRegisteredForDatasetsThatAreNotARegistrys() {
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        plain.getDefaultGraph()
                .add(
                        org.apache.jena.graph.NodeFactory.createURI(
                                "https://registry.example/id/x"),
                        org.apache.jena.graph.NodeFactory.createURI(TextQueryFunction.IRI),
                        org.apache.jena.graph.NodeFactory.createLiteralString("x"));

        // An ordinary predicate there: the triple matches as data, not as a search.
        assertThat(
                        QueryExec.dataset(plain)
                                .query(PREFIXES + "SELECT ?s { ?s text:query 'x' }")
                                .select()
                                .stream()
                                .count())
                .isEqualTo(1);
        assertThat(PropertyFunctionRegistry.get().isRegistered(TextQueryFunction.IRI)).isFalse();
    }

    private static List<String> column(String query, String var) {
        return column(registry, query, var);
    }

    private static List<String> column(Registry registry, String query, String var) {
        List<String> values = new ArrayList<>();
        select(
                registry,
                query,
                row -> {
                    var node = row.get(var);
                    values.add(node.isLiteral() ? node.getLiteralLexicalForm() : node.getURI());
                });
        return values;
    }

    private static void select(
            String query,
            java.util.function.Consumer<org.apache.jena.sparql.engine.binding.Binding> rows) {
        select(registry, query, rows);
    }

    private static void select(
            Registry registry,
            String query,
            java.util.function.Consumer<org.apache.jena.sparql.engine.binding.Binding> rows) {
        DatasetGraph dataset = registry.dataset();
        Txn.executeRead(
                dataset,
                () -> {
                    try (QueryExec exec =
                            QueryExec.dataset(dataset).query(PREFIXES + query).build()) {
                        RowSet rs = exec.select();
                        rs.forEachRemaining(b -> rows.accept(b));
                    }
                });
    }
}
