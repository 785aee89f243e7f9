package org.designregistry.server.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MaintenanceApiIntegrationTest extends ServerTestSupport {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void adminBacksTheRunningStoreUpToADatedFile() throws Exception {
        HttpResponse<String> response = post("/api/admin/backup", admin());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode backup = json.readTree(response.body());
        Path file = Path.of(backup.get("file").asString());
        assertThat(file.getFileName().toString()).matches("registry-.*Z(-\\d+)?\\.nq\\.gz");
        assertThat(file.getParent().getFileName().toString()).isEqualTo("backups");
        assertThat(Files.size(file)).isEqualTo(backup.get("bytes").asLong());
        assertThat(backup.get("quads").asLong()).isGreaterThanOrEqualTo(registry.size());
    }

    @Test
    void adminCompactsTheRunningStoreAndItGoesOnServing() throws Exception {
        long size = registry.size();

        HttpResponse<String> response = post("/api/admin/compact", admin());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode done = json.readTree(response.body());
        assertThat(done.get("bytesBefore").asLong()).isPositive();
        assertThat(done.get("bytesAfter").asLong()).isPositive();
        assertThat(done.get("store").asString()).endsWith("store");
        assertThat(registry.size()).isEqualTo(size);
        assertThat(get("/api/search?q=IF-041", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void anEditorMayNeitherBackUpNorCompact() {
        for (String path : new String[] {"/api/admin/backup", "/api/admin/compact"}) {
            HttpResponse<String> response = post(path, editor());

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() {
        HttpResponse<String> response = post("/api/admin/backup", null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String path, String authorization) {
        HttpRequest.Builder request =
                request(path)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }
}
