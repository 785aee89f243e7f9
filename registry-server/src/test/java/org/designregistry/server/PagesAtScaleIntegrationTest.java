package org.designregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.synthetic.SyntheticRegistry;
import org.designregistry.ontology.DR;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page's reply stays bounded however large the registry: on a registry generated at {@value
 * #SCALE} times the MHHS sample (every list {@value #SCALE} times longer than on the sample), each
 * page shows at most its page or cap of rows and stays under its byte budget, and says where the
 * rest is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagesAtScaleIntegrationTest {

    static final int SCALE = 12;

    // The caps the pages state (HomeController, ValidationController, MatrixTable,
    // TraceController).
    static final int OFFENCES_SHOWN = 5;
    static final int OFFENCES_PAGE = 50;
    static final int COUNTS_SHOWN = 10;
    static final int MATRIX_ROWS = 50;
    static final int MATRIX_COLUMNS = 25;
    static final int GAPS_SHOWN = 10;
    static final int GAPS_PAGE = 50;

    @TempDir static Path data;

    @DynamicPropertySource
    static void largeStore(DynamicPropertyRegistry properties) {
        Path store = data.resolve("store");
        // Written before the application opens the folder; read-only afterwards, so the one close
        // and reopen in this JVM is safe.
        try (Registry registry = Registries.connect(store)) {
            Graph sample = GraphMemFactory.createDefaultGraph();
            for (RdfSource source : RdfSource.classpathManifest("samples/mhhs/manifest.ttl")) {
                source.parse().find().forEach(sample::add);
            }
            Graph large = SyntheticRegistry.from(sample).scale(SCALE).seed(42).toGraph();
            breakDataItemIdentifiers(large);
            DatasetGraph dataset = registry.dataset();
            Txn.executeWrite(dataset, () -> large.find().forEach(dataset.getDefaultGraph()::add));
        }
        properties.add("registry.data", store::toString);
    }

    /**
     * The generated registry is valid, and the validation pages need offences: every data item's
     * identifier is put in lower case, which its pattern (DI-nnn) refuses.
     */
    private static void breakDataItemIdentifiers(Graph graph) {
        Node identifier = DCTerms.identifier.asNode();
        List<Triple> identifiers =
                graph
                        .find(Node.ANY, RDF.type.asNode(), DR.DataItem.asNode())
                        .mapWith(t -> t.getSubject())
                        .toList()
                        .stream()
                        .flatMap(item -> graph.find(item, identifier, Node.ANY).toList().stream())
                        .toList();
        for (Triple t : identifiers) {
            graph.delete(t);
            String lower = t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT);
            graph.add(t.getSubject(), identifier, NodeFactory.createLiteralString(lower));
        }
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private Document page(String path, int maxBytes) throws Exception {
        HttpResponse<byte[]> reply =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        assertThat(reply.body().length).as("bytes of " + path).isLessThan(maxBytes);
        return Jsoup.parse(new String(reply.body(), StandardCharsets.UTF_8));
    }

    @Test
    void homeNamesTheFirstFewResourcesAtFaultPerShapeAndLinksToTheRest() throws Exception {
        Document home = page("/", 200_000);

        assertThat(home.select(".registry-shape")).isNotEmpty();
        assertThat(home.select(".registry-shape"))
                .allSatisfy(
                        shape ->
                                assertThat(shape.select("li").size())
                                        .isLessThanOrEqualTo(OFFENCES_SHOWN));
        String rest = home.selectFirst(".registry-shape .registry-more").attr("href");
        assertThat(rest).startsWith("/validation?shape=");

        Document all = page(rest, 200_000);
        assertThat(all.select("#offences li"))
                .hasSizeGreaterThan(OFFENCES_SHOWN)
                .hasSizeLessThanOrEqualTo(OFFENCES_PAGE);
        assertThat(all.selectFirst("#offence-count").text())
                .contains(" resources fail this shape; 1 to 50 below");
    }

    @Test
    void homeCountsTheCommonestWorkstreamsAndSaysHowManyThereAre() throws Exception {
        Document home = page("/", 200_000);

        assertThat(home.select("#counts-workstream tbody tr")).hasSize(COUNTS_SHOWN);
        assertThat(home.select("#counts-workstream + p").text()).contains("The 10 with the most");
    }

    @Test
    void matrixShowsAPageOfRowsByAPageOfColumns() throws Exception {
        Document matrix = page("/trace/matrix?rows=requirement&cols=process", 1_000_000);

        assertThat(matrix.select("#matrix tbody tr")).hasSize(MATRIX_ROWS);
        assertThat(matrix.select("#matrix thead th")).hasSize(MATRIX_COLUMNS);
        assertThat(matrix.selectFirst("#matrix-window").text())
                .contains("rows 1 to 50 of " + 64 * SCALE)
                .contains("columns 1 to 25 of " + 120 * SCALE);

        Document last =
                page(
                        matrix.select("nav[aria-label='Rows page'] .govuk-pagination__item a")
                                .last()
                                .attr("href"),
                        1_000_000);
        assertThat(last.select("#matrix tbody tr")).hasSize(64 * SCALE % MATRIX_ROWS);
    }

    @Test
    void gapsNameTheFirstTenOfEachCheckAndPageTheRest() throws Exception {
        Document gaps = page("/trace/gaps", 200_000);

        assertThat(gaps.select("#checks tbody tr"))
                .allSatisfy(
                        check ->
                                assertThat(check.select(".registry-gaps li").size())
                                        .isLessThanOrEqualTo(GAPS_SHOWN));
        String rest = gaps.selectFirst("#checks .registry-more").attr("href");
        assertThat(rest).startsWith("/trace/gaps?check=");

        Document check = page(rest, 200_000);
        assertThat(check.select("#gaps tbody tr"))
                .hasSizeGreaterThan(GAPS_SHOWN)
                .hasSizeLessThanOrEqualTo(GAPS_PAGE);
    }

    @Test
    void browseAndSearchStayPaged() throws Exception {
        // The default page stays small; the largest page a reader may ask for holds 200 rows
        // with their columns (owners linked, last changed): about 1.5 KB a row, whatever the
        // registry's size.
        assertThat(page("/browse", 100_000).select("table.registry-list tbody tr")).isNotEmpty();
        assertThat(page("/browse?size=200", 400_000).select("table.registry-list tbody tr"))
                .hasSize(200);
        assertThat(page("/search?q=settlement", 200_000).select("#search-hits > li")).hasSize(20);
    }
}
