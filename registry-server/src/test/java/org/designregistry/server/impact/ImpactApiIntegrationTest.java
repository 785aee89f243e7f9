package org.designregistry.server.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The impact API over real HTTP, on the server with its sample loaded into a store on disk. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImpactApiIntegrationTest {

    @TempDir static Path data;

    @DynamicPropertySource
    static void storeInTempFolder(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.resolve("store").toString());
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsTheImpactOfAChangeOverHttp() throws Exception {
        HttpResponse<String> reply =
                get("/api/impact?from=DI-037&direction=downstream", "application/json");

        assertThat(reply.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(reply.body());
        assertThat(json.read("$.starts[0].identifier", String.class)).isEqualTo("DI-037");
        assertThat(json.read("$.hits.length()", Integer.class)).isGreaterThan(26);
        assertThat(
                        json.read(
                                "$.summary.decisionsToRevisit[0].approval.body.identifier",
                                String.class))
                .isEqualTo("DAG");
    }

    @Test
    void startsFromSearchHitsOverHttp() throws Exception {
        HttpResponse<String> reply =
                get("/api/impact?q=GSP+group&direction=downstream", "application/json");

        assertThat(reply.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(reply.body());
        assertThat(json.read("$.search.hits[*].identifier", java.util.List.class))
                .contains("DI-037");
        assertThat(json.read("$.starts[*].identifier", java.util.List.class)).contains("DI-037");
        assertThat(json.read("$.hits[*].identifier", java.util.List.class))
                .contains("IF-065", "BP099", "DES138");

        HttpResponse<String> neither = get("/api/impact?direction=downstream", "application/json");
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(neither.body()).contains("q=GSP group").doesNotContain("Exception");
    }

    @Test
    void pagesTheHitsWithTheSameHitsAsOnePageAndTheSummaryOverAll() throws Exception {
        String ask = "/api/impact?from=DI-037&direction=both";
        DocumentContext whole = JsonPath.parse(get(ask + "&size=1000", "application/json").body());
        java.util.List<String> all = whole.read("$.hits[*].iri", java.util.List.class);
        int total = all.size();
        assertThat(total).isGreaterThan(100);
        assertThat(whole.read("$.paging.totalHits", Integer.class)).isEqualTo(total);
        assertThat(whole.read("$.paging.totalPages", Integer.class)).isEqualTo(1);

        java.util.List<String> paged = new java.util.ArrayList<>();
        int pages = (total + 29) / 30;
        for (int page = 1; page <= pages; page++) {
            DocumentContext json =
                    JsonPath.parse(get(ask + "&size=30&page=" + page, "application/json").body());
            assertThat(json.read("$.paging.totalPages", Integer.class)).isEqualTo(pages);
            assertThat(json.read("$.summary", Object.class))
                    .isEqualTo(whole.read("$.summary", Object.class));
            paged.addAll(json.read("$.hits[*].iri", java.util.List.class));
        }
        assertThat(paged).isEqualTo(all);

        DocumentContext first = JsonPath.parse(get(ask, "application/json").body());
        assertThat(first.read("$.hits[*].iri", java.util.List.class))
                .isEqualTo(all.subList(0, 100));
        assertThat(first.read("$.paging.size", Integer.class)).isEqualTo(100);
        assertThat(first.read("$.summary.hits", Integer.class)).isEqualTo(total);
        DocumentContext past =
                JsonPath.parse(
                        get(ask + "&size=30&page=" + (pages + 1), "application/json").body());
        assertThat(past.read("$.hits.length()", Integer.class)).isZero();
    }

    @Test
    void refusesAPageOrSizeOutOfRangeNamingIt() throws Exception {
        HttpResponse<String> size = get("/api/impact?from=DI-037&size=1001", "application/json");
        HttpResponse<String> page = get("/api/impact?from=DI-037&page=0", "application/json");

        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("size must be from 1 to 1000");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("page must be 1 or more");
    }

    @Test
    void answersABadRequestAsAProblemWithoutAStackTrace() throws Exception {
        HttpResponse<String> reply = get("/api/impact?from=DI-999", "application/json");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(reply.body()).contains("Unknown resource 'DI-999'").doesNotContain("Exception");
    }

    @Test
    void servesTheMarkdownReportAndTheGaps() throws Exception {
        assertThat(get("/api/impact?from=DI-037&format=md", "*/*").body())
                .startsWith("# Impact of a change to DI-037");
        assertThat(get("/api/trace/gaps", "application/json").body())
                .contains("unsatisfied-requirements");
    }
}
