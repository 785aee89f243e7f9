package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.search.RegistrySearch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server whose search index cannot be opened (a file stands where its folder should be) still
 * starts and serves the store: health stays UP with the {@code search} component DEGRADED and its
 * reason, the home page warns, searches answer 503, and browsing works.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DegradedSearchIntegrationTest {

    private static final Path DATA =
            Path.of("target", "it-degraded-" + ProcessHandle.current().pid()).toAbsolutePath();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) throws IOException {
        // An empty store, whose index folder is then made unusable; the server loads the sample.
        Registries.connect(DATA).close();
        Path index = DATA.resolve(RegistrySearch.INDEX_FOLDER);
        try (var files = Files.walk(index)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(IndexFiles::delete);
        }
        Files.writeString(index, "not an index");
        properties.add("registry.data", DATA::toString);
        properties.add("registry.security.users[0].name", () -> "ada");
        properties.add(
                "registry.security.users[0].password-hash",
                () -> new BCryptPasswordEncoder(4).encode("ada-password"));
        properties.add("registry.security.users[0].roles", () -> "admin");
    }

    @LocalServerPort int port;

    @Autowired Registry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsAndReportsSearchDegradedWithTheReasonOnHealth() {
        HttpResponse<String> health = get("/actuator/health", admin());

        assertThat(health.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(health.body());
        assertThat(json.read("$.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.registry.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.search.status", String.class)).isEqualTo("DEGRADED");
        assertThat(json.read("$.components.search.details.reason", String.class))
                .startsWith("the search index cannot be used")
                .contains(RegistrySearch.INDEX_FOLDER);
        assertThat(registry.size()).isPositive();
    }

    @Test
    void warnsOnTheHomePageAndShowsTheReasonToAnAdmin() {
        Document anonymous = Jsoup.parse(get("/", null).body());
        Document asAdmin = Jsoup.parse(get("/", admin()).body());

        assertThat(anonymous.selectFirst("#search-degraded").text()).contains("Search is degraded");
        assertThat(anonymous.select("#search-degraded-reason")).isEmpty();
        assertThat(anonymous.html()).doesNotContain(DATA.toString());
        assertThat(asAdmin.selectFirst("#search-degraded-reason").text())
                .contains("the search index cannot be used");
    }

    @Test
    void answersSearchesWith503AndStillServesResources() {
        HttpResponse<String> search = get("/api/search?q=settlement", null);
        HttpResponse<String> page = get("/search?q=settlement", null);
        HttpResponse<String> resource = get("/api/resources/DES138", null);

        assertThat(search.statusCode()).isEqualTo(503);
        assertThat(search.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(search.body()).contains("registry reindex").doesNotContain(DATA.toString());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(Jsoup.parse(page.body()).selectFirst("#search-error").text())
                .contains("Search is unavailable");
        assertThat(resource.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String admin() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString("ada:ada-password".getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes files for the fixture, unchecked so that a stream can. */
    private static final class IndexFiles {
        static void delete(Path path) {
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
