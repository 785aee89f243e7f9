package org.designregistry.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.ontology.DR;
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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RegistryServerIntegrationTest {

    private static final String SAMPLE_LOADED = "loaded the MHHS sample";

    @TempDir static Path data;

    @DynamicPropertySource
    static void storeInTempFolder(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.resolve("store").toString());
    }

    @LocalServerPort int port;

    @Autowired Registry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void loadsSampleIntoEmptyStoreOnStart() {
        assertThat(registry.location()).contains(data.resolve("store").toAbsolutePath());
        assertThat(registry.stats().count(DR.BusinessProcess.getURI())).isEqualTo(120);
    }

    @Test
    void exposesInfoButNoOtherActuatorEndpoint() throws Exception {
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }

    @Test
    void answersUnknownPathsWithoutAStackTrace() throws Exception {
        HttpResponse<String> missing =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/no/such/page"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("trace").doesNotContain("Exception");
    }

    @Test
    void secondStartOnTheSameFolderDoesNotReloadTheSample(
            @TempDir Path folder, CapturedOutput output) {
        String store = folder.resolve("store").toString();
        long sizeAfterFirstStart;
        try (ConfigurableApplicationContext first = start(store)) {
            sizeAfterFirstStart = first.getBean(Registry.class).size();
        }
        int loadsAfterFirstStart = occurrences(output.getAll(), SAMPLE_LOADED);

        try (ConfigurableApplicationContext second = start(store)) {
            assertThat(second.getBean(Registry.class).size()).isEqualTo(sizeAfterFirstStart);
        }

        assertThat(sizeAfterFirstStart).isPositive();
        assertThat(loadsAfterFirstStart).isPositive();
        assertThat(occurrences(output.getAll(), SAMPLE_LOADED)).isEqualTo(loadsAfterFirstStart);
        assertThat(output.getAll())
                .containsPattern(
                        "Design Registry ready at http://localhost:\\d+/ \\(store "
                                + Pattern.quote(folder.resolve("store").toAbsolutePath().toString())
                                + ", [\\d,]+ triples\\)");
    }

    @Test
    void keepsDataAlreadyInTheStoreWithoutAddingTheSample(@TempDir Path folder) throws Exception {
        Path store = folder.resolve("store");
        Path fixture = Path.of(getClass().getResource("/cli/conforming.ttl").toURI());
        long fixtureSize;
        try (Registry seeded = Registries.connect(store)) {
            fixtureSize = seeded.load(List.of(fixture)).sizeAfter();
        }

        try (ConfigurableApplicationContext context = start(store.toString())) {
            assertThat(context.getBean(Registry.class).size()).isEqualTo(fixtureSize);
        }
    }

    private static ConfigurableApplicationContext start(String store) {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run("--registry.data=" + store, "--server.port=0");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
