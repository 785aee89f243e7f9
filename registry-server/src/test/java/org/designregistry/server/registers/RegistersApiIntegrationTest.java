package org.designregistry.server.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/** Registers out and in through the API of the running server, with the MHHS sample. */
class RegistersApiIntegrationTest extends ServerTestSupport {

    @Test
    void exportsARegisterAsXlsxAndAsCsvWithItsMapping() {
        HttpResponse<String> xlsx = get("/api/registers/interfaces.xlsx", "*/*");
        HttpResponse<String> csv = get("/api/registers/interfaces.csv", "*/*");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("interfaces.xlsx");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith("Interface ID,Interface Name,Description,Sender,Receiver")
                .contains("IF-001,Registration Event from CSS");
        assertThat(csv.body().lines().count()).isEqualTo(80);
        assertThat(get("/api/registers/nothing.csv", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("/api/registers/interfaces.ods", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void previewsAnExportedRegisterAsUnchangedInEveryRow() {
        byte[] csv = bytes(get("/api/registers/processes.csv", "*/*"));

        HttpResponse<String> reply = upload("/api/imports?dryRun=true", "processes.csv", csv);

        assertThat(reply.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(reply.body());
        assertThat(json.read("$.dryRun", Boolean.class)).isTrue();
        assertThat(json.read("$.committed", Boolean.class)).isFalse();
        assertThat(json.read("$.counts.unchanged", Integer.class)).isEqualTo(120);
        assertThat(json.read("$.rows", Integer.class)).isEqualTo(120);
    }

    @Test
    void commitsAnEditedRegisterAsOneChangeNamedAfterTheFile() {
        String original = get("/api/registers/processes.csv", "*/*").body();
        String edited =
                original.replace(
                        "BP001,Change of Supplier,", "BP001,Change of Supplier (revised),");
        long before = registry.history().latest();

        HttpResponse<String> reply =
                upload("/api/imports", "processes.csv", edited.getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(reply.statusCode()).isEqualTo(200);
            DocumentContext json = JsonPath.parse(reply.body());
            assertThat(json.read("$.committed", Boolean.class)).isTrue();
            assertThat(json.read("$.counts.updated", Integer.class)).isEqualTo(1);
            List<String> after =
                    json.read("$.items[?(@.key=='process:BP001')].changes[0].after[0]");
            assertThat(after).containsExactly("Change of Supplier (revised)");
            assertThat(registry.history().latest()).isEqualTo(before + 1);
            ChangeRecord record = registry.history().get(before + 1).orElseThrow();
            assertThat(record.message()).contains("Import of processes.csv");
            assertThat(record.route()).isEqualTo("import");
            assertThat(record.principal()).isEqualTo(EDITOR);
        } finally {
            HttpResponse<String> restored =
                    upload(
                            "/api/imports",
                            "processes.csv",
                            original.getBytes(StandardCharsets.UTF_8));
            assertThat(restored.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesAllOfAFileWithAFailingRowNamingSheetRowAndColumn() {
        long size = registry.size();
        String csv =
                "Process ID,Process Name,Owner\r\n"
                        + "BP001,Change of Supplier,Registrations\r\n"
                        + "BP999,New process,Nowhere\r\n";

        HttpResponse<String> reply =
                upload(
                        "/api/imports?mapping=processes",
                        "mine.csv",
                        csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        DocumentContext json = JsonPath.parse(reply.body());
        assertThat(json.read("$.refusals[0].sheet", String.class)).isEqualTo("mine.csv");
        assertThat(json.read("$.refusals[0].row", Integer.class)).isEqualTo(3);
        assertThat(json.read("$.refusals[0].column", String.class)).isEqualTo("C (Owner)");
        assertThat(json.read("$.refusals[0].reason", String.class)).contains("unknown link target");
        assertThat(registry.size()).isEqualTo(size);
    }

    @Test
    void refusesAHostileWorkbookWithA4xxAndNoDetailsOfTheParser() {
        HttpResponse<String> notZip =
                upload(
                        "/api/imports?mapping=interfaces&dryRun=true",
                        "interfaces.xlsx",
                        "<!DOCTYPE x>".getBytes(StandardCharsets.UTF_8));

        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(notZip.body()).read("$.detail", String.class))
                .contains("not an XLSX workbook")
                .doesNotContain("Exception");
    }

    @Test
    void letsOnlyEditorsImport() {
        HttpResponse<String> reply =
                send(
                        request("/api/imports?dryRun=true")
                                .header("Authorization", reader())
                                .header("Content-Type", Multipart.contentType())
                                .POST(Multipart.file("processes.csv", new byte[0])));

        assertThat(reply.statusCode()).isEqualTo(403);
    }

    @Test
    void listsTheShippedMappings() {
        List<String> names =
                JsonPath.parse(get("/api/imports/mappings", "*/*").body()).read("$[*].name");

        assertThat(names)
                .containsExactly("interfaces", "data-items", "processes", "artefacts", "decisions");
    }

    private HttpResponse<String> upload(String path, String name, byte[] content) {
        return send(
                request(path)
                        .header("Authorization", editor())
                        .header("Content-Type", Multipart.contentType())
                        .header("Accept", "application/json")
                        .POST(Multipart.file(name, content)));
    }

    private static byte[] bytes(HttpResponse<String> reply) {
        return reply.body().getBytes(StandardCharsets.UTF_8);
    }
}
