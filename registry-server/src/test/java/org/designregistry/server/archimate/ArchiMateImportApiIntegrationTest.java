package org.designregistry.server.archimate;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/imports} with an ArchiMate model and {@code GET /api/archimate}, over real HTTP
 * against the MHHS sample; each test removes the model it imported.
 */
class ArchiMateImportApiIntegrationTest extends ServerTestSupport {

    private static final String BOUNDARY = "----registry-test-boundary";
    private static final String EMPTY_MODEL =
            "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""
                    + " identifier=\"id-switching-model\"><name>Switching model</name></model>";

    @AfterEach
    void removeTheModel() {
        upload(
                "switching-model.xml",
                EMPTY_MODEL.getBytes(StandardCharsets.UTF_8),
                false,
                editor());
    }

    @Test
    void previewsThenCommitsAnArchiMateModelTellingItsFormatFromItsContent() throws IOException {
        long before = registry.size();

        HttpResponse<String> preview = upload("switching-model.xml", model(), true, editor());

        assertThat(preview.statusCode()).isEqualTo(200);
        DocumentContext previewed = JsonPath.parse(preview.body());
        assertThat(previewed.read("$.committed", Boolean.class)).isFalse();
        assertThat(previewed.read("$.counts.created", Integer.class)).isEqualTo(62);
        assertThat(registry.size()).isEqualTo(before);

        HttpResponse<String> commit = upload("switching-model.xml", model(), false, editor());
        HttpResponse<String> again = upload("switching-model.xml", model(), true, editor());

        assertThat(commit.statusCode()).isEqualTo(200);
        assertThat(JsonPath.parse(commit.body()).read("$.committed", Boolean.class)).isTrue();
        assertThat(JsonPath.parse(commit.body()).read("$.mapping", String.class))
                .isEqualTo("archimate");
        assertThat(registry.size()).isGreaterThan(before);
        assertThat(JsonPath.parse(again.body()).read("$.counts.unchanged", Integer.class))
                .isEqualTo(62);
        assertThat(get("/api/changes?size=1", "*/*").body())
                .contains("Import of switching-model.xml");
    }

    @Test
    void exportsTheImportedModelAsAnExchangeFile() throws IOException {
        upload("switching-model.xml", model(), false, editor());

        HttpResponse<String> export =
                get(
                        "/api/archimate?model=id-switching-model&type=BusinessProcess,BusinessRole",
                        "*/*");
        HttpResponse<String> badType = get("/api/archimate?type=Spaceship", "*/*");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/xml");
        assertThat(export.body())
                .contains("identifier=\"id-switching-model\"")
                .contains("xsi:type=\"BusinessProcess\"")
                .contains("xsi:type=\"Assignment\"")
                .doesNotContain("xsi:type=\"ApplicationComponent\"");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("Spaceship");
    }

    @Test
    void refusesAHostileFileAndReadersAndChangesNothing() {
        long before = registry.size();
        byte[] xxe =
                ("<?xml version=\"1.0\"?><!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""
                                + " identifier=\"m\"><name>&x;</name></model>")
                        .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> hostile = upload("hostile.xml", xxe, false, editor());
        HttpResponse<String> reader = upload("switching-model.xml", xxe, false, reader());

        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(JsonPath.parse(hostile.body()).read("$.detail", String.class))
                .contains("hostile.xml")
                .contains("DTD")
                .doesNotContain("root:");
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(registry.size()).isEqualTo(before);
    }

    private HttpResponse<String> upload(String name, byte[] file, boolean dryRun, String auth) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--"
                                + BOUNDARY
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + name
                                + "\"\r\nContent-Type: application/xml\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                request("/api/imports?dryRun=" + dryRun)
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] model() throws IOException {
        try (InputStream in =
                ArchiMateImportApiIntegrationTest.class
                        .getClassLoader()
                        .getResourceAsStream("imports/switching-model.xml")) {
            return in.readAllBytes();
        }
    }
}
