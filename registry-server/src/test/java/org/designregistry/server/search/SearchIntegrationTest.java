package org.designregistry.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.server.RegistryApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search over real HTTP, on a server that loaded the MHHS sample into an empty data folder. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SearchIntegrationTest {

    private static final String PREFIXES =
            """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX drstatus: <https://w3id.org/design-registry/status/>
            PREFIX oslc_rm: <http://open-services.net/ns/rm#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX ex: <https://registry.example/id/>
            """;

    @TempDir static Path data;

    @DynamicPropertySource
    static void dataInTempFolder(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.toString());
    }

    @LocalServerPort int port;

    @Autowired Registry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void findsAnIdentifierTypedLooselyAndCountsFacets() throws Exception {
        DocumentContext json = json(get("/api/search?q=" + encode("if 41")));

        assertThat(json.read("$.hits[0].identifier", String.class)).isEqualTo("IF-041");
        assertThat(json.read("$.hits[0].label", String.class)).isEqualTo("Meter Register Reads");

        DocumentContext interfaces = json(get("/api/search?type=Interface&limit=5"));
        assertThat(interfaces.read("$.total", Integer.class)).isEqualTo(79);
        assertThat(interfaces.read("$.hits.length()", Integer.class)).isEqualTo(5);
        assertThat(
                        interfaces.read(
                                "$.facets.type[?(@.value == 'BusinessProcess')].count", List.class))
                .containsExactly(120);
        assertThat(data.resolve("index")).isDirectory();
    }

    @Test
    void suggestsWhileTyping() throws Exception {
        DocumentContext json = json(get("/api/suggest?q=" + encode("change of s")));

        assertThat(json.read("$.suggestions[0].identifier", String.class)).isEqualTo("BP001");
        assertThat(json.read("$.suggestions.length()", Integer.class)).isEqualTo(10);
    }

    @Test
    void findsWhatASparqlUpdateAddsAndForgetsWhatItDeletes() throws Exception {
        update(
                "INSERT DATA { ex:IF-990 a dr:Interface ; rdfs:label 'Narwhal Notification' ;"
                        + " dcterms:identifier 'IF-990' }");
        try {
            DocumentContext found = json(get("/api/search?q=narwhal"));
            assertThat(found.read("$.hits[*].identifier", List.class)).containsExactly("IF-990");
            assertThat(
                            json(get("/api/suggest?q=narw"))
                                    .read("$.suggestions[*].identifier", List.class))
                    .containsExactly("IF-990");
        } finally {
            update("DELETE WHERE { ex:IF-990 ?p ?o }");
        }
        assertThat(json(get("/api/search?q=narwhal")).read("$.total", Integer.class)).isZero();
    }

    @Test
    void answersBadSearchesWith400ProblemDetails() throws Exception {
        for (String q : List.of("*", "\"unbalanced", "x".repeat(10_240))) {
            HttpResponse<String> response = get("/api/search?q=" + encode(q));

            assertThat(response.statusCode())
                    .as(q.substring(0, Math.min(q.length(), 20)))
                    .isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
            DocumentContext problem = json(response);
            assertThat(problem.read("$.status", Integer.class)).isEqualTo(400);
            assertThat(problem.read("$.detail", String.class)).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
        }
    }

    @Test
    void textQueryCombinesWithAGraphPatternOverTheServedDataset() {
        // The dataset a SPARQL endpoint serves: interfaces about meter reads that an Approved
        // artefact specifies.
        DatasetGraph dataset = registry.dataset();
        List<String> found = new ArrayList<>();
        Txn.executeRead(
                dataset,
                () ->
                        QueryExec.dataset(dataset)
                                .query(
                                        PREFIXES
                                                + "SELECT DISTINCT ?id { ?i text:query (rdfs:label"
                                                + " '\"register reads\"') . ?i a dr:Interface ;"
                                                + " dcterms:identifier ?id . ?a oslc_rm:specifies"
                                                + " ?i ; dr:status drstatus:Approved } ORDER BY ?id")
                                .select()
                                .forEachRemaining(
                                        row -> found.add(row.get("id").getLiteralLexicalForm())));

        assertThat(found).contains("IF-041").allMatch(id -> id.startsWith("IF-"));
    }

    @Test
    void rebuildsAMissingIndexAtStartUpWithALogLine(@TempDir Path folder, CapturedOutput output)
            throws IOException {
        try (Registry seeded = Registries.connect(folder)) {
            seeded.loadSources(List.of(RdfSource.classpath("search/ranking.ttl")));
        }
        try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        try (ConfigurableApplicationContext server =
                new SpringApplicationBuilder(RegistryApplication.class)
                        .run("--registry.data=" + folder, "--server.port=0")) {
            assertThat(server.getBean(Registry.class).search().size()).isEqualTo(4);
        }

        assertThat(output.getAll())
                .contains(
                        "Rebuilt the search index "
                                + folder.toRealPath().resolve("index")
                                + " because there is none: 4 resources in ");
    }

    private void update(String update) {
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(dataset, () -> UpdateAction.parseExecute(PREFIXES + update, dataset));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static DocumentContext json(HttpResponse<String> response) {
        return JsonPath.parse(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
