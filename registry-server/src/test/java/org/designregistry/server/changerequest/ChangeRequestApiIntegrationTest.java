package org.designregistry.server.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.server.BrowserSession;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.TestPeople;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/change-requests} over real HTTP against the MHHS sample: raise, pack in three forms,
 * triage, recompute, rights and bad input. Each test deletes the change requests it raised.
 */
class ChangeRequestApiIntegrationTest extends ServerTestSupport {

    private static final String RAISE =
            "{\"title\": \"Validate the GSP Group ID\", \"reason\": \"New GSP groups\","
                    + " \"constituency\": \"constituency:Large-Supplier\","
                    + " \"affects\": [\"DI-037\"], \"deadline\": \"2027-01-15\"}";

    private final List<String> raised = new ArrayList<>();

    @AfterEach
    void deleteRaised() {
        registry.update(
                m ->
                        raised.forEach(
                                iri -> {
                                    Resource cr = m.createResource(iri);
                                    m.removeAll(cr, null, null);
                                    m.removeAll(null, null, cr);
                                }));
    }

    private HttpResponse<String> post(String path, String json, String auth) {
        HttpRequest.Builder request =
                request(path).header("Content-Type", "application/json").POST(body(json));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return send(request);
    }

    private DocumentContext raise() {
        HttpResponse<String> created = post("/api/change-requests", RAISE, editor());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        DocumentContext cr = JsonPath.parse(created.body());
        raised.add(cr.read("$.iri", String.class));
        return cr;
    }

    @Test
    void raisesAChangeRequestWithItsImpactFrozenAndRecordsItForTheEditor() {
        long before = registry.history().latest();

        DocumentContext cr = raise();

        String id = cr.read("$.identifier");
        assertThat(id).matches("CR[0-9]{3}");
        assertThat(cr.read("$.raiser", String.class)).isEqualTo(EDITOR);
        assertThat(cr.read("$.constituency.identifier", String.class)).isEqualTo("Large-Supplier");
        assertThat(cr.read("$.deadline", String.class)).isEqualTo("2027-01-15");
        assertThat(cr.read("$.assessedAtChange", Long.class)).isEqualTo(before);
        assertThat(cr.read("$.items", Integer.class)).isGreaterThan(10);
        assertThat(cr.read("$.triaged", Integer.class)).isZero();
        ChangeRecord record = registry.history().get(before + 1).orElseThrow();
        assertThat(record.principal()).isEqualTo(EDITOR);
        assertThat(record.changeRequest()).contains(id);
        assertThat(get("/api/change-requests/" + id, "application/json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void triagesAnItemAsTheSignedInEditorAndShowsTheProgress() {
        String id = raise().read("$.identifier");
        DocumentContext pack =
                JsonPath.parse(get("/api/change-requests/" + id + "/pack", "*/*").body());
        String item = pack.read("$.groups[0].items[0].resource.identifier");

        HttpResponse<String> marked =
                post(
                        "/api/change-requests/" + id + "/triage",
                        "{\"item\": \""
                                + item
                                + "\", \"verdict\": \"needs-analysis\","
                                + " \"comment\": \"Ask the DIP team\"}",
                        editor());

        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(JsonPath.parse(marked.body()).read("$.triaged", Integer.class)).isEqualTo(1);
        DocumentContext after =
                JsonPath.parse(get("/api/change-requests/" + id + "/pack", "*/*").body());
        assertThat(after.read("$.progress.triaged", Integer.class)).isEqualTo(1);
        assertThat(after.read("$.progress.byVerdict.needs-analysis", Integer.class)).isEqualTo(1);
        assertThat(after.read("$.changes[0].principal", String.class)).isEqualTo(EDITOR);
        assertThat(after.read("$.changes[0].message", String.class))
                .isEqualTo("Triage " + item + " on " + id + ": Needs analysis");
        List<String> verdicts = after.read("$.groups[*].items[*].triage.verdict");
        assertThat(verdicts).contains("needs-analysis");
        DocumentContext changes =
                JsonPath.parse(get("/api/change-requests/" + id + "/changes", "*/*").body());
        assertThat(changes.read("$[0].message", String.class)).startsWith("Triage " + item);
        assertThat(changes.read("$[1].message", String.class))
                .startsWith("Raise change request " + id);
    }

    @Test
    void servesThePackAsAWorkbookAndAsMarkdown() throws IOException {
        String id = raise().read("$.identifier");

        HttpResponse<byte[]> xlsx =
                sendBytes(request("/api/change-requests/" + id + "/pack?format=xlsx"));
        HttpResponse<String> md = get("/api/change-requests/" + id + "/pack?format=md", "*/*");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(id + "-impact-pack-at-");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet pack = workbook.getSheet("Pack");
            assertThat(cells(pack.getRow(1))).containsExactly("Change request", id);
            assertThat(workbook.getSheet("Items").getRow(0).getCell(8).getStringCellValue())
                    .isEqualTo("Triage");
            assertThat(workbook.getSheet("Items").getRow(1).getCell(8).getStringCellValue())
                    .isEqualTo("Untriaged");
        }
        assertThat(md.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Impact assessment pack: " + id);
    }

    @Test
    void recomputesAndShowsThatNothingMovedOnAnUnchangedRegistry() {
        String id = raise().read("$.identifier");

        DocumentContext drift =
                JsonPath.parse(get("/api/change-requests/" + id + "/recompute", "*/*").body());

        assertThat(drift.read("$.unchanged", Boolean.class)).isTrue();
        assertThat(drift.read("$.added", List.class)).isEmpty();
    }

    @Test
    void refusesAnonymousAndReadersToRaiseOrTriageAndStoresNothing() {
        String id = raise().read("$.identifier");
        long before = registry.history().latest();
        String triage = "{\"item\": \"IF-013\", \"verdict\": \"impacted\"}";

        assertThat(post("/api/change-requests", RAISE, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/change-requests", RAISE, reader()).statusCode()).isEqualTo(403);
        assertThat(post("/api/change-requests/" + id + "/triage", triage, null).statusCode())
                .isEqualTo(401);
        assertThat(post("/api/change-requests/" + id + "/triage", triage, reader()).statusCode())
                .isEqualTo(403);
        assertThat(post("/api/change-requests/" + id + "/reassess", "{}", reader()).statusCode())
                .isEqualTo(403);
        assertThat(registry.history().latest()).isEqualTo(before);
    }

    @Test
    void answersBadInputWithProblemDetailsThatNameTheField() {
        String id = raise().read("$.identifier");
        long before = registry.history().latest();

        assertProblem(
                post("/api/change-requests", "{\"affects\": [\"DI-037\"]}", editor()),
                400,
                "title");
        assertProblem(
                post("/api/change-requests", RAISE.replace("DI-037", "DI-999"), editor()),
                400,
                "DI-999");
        assertProblem(
                post("/api/change-requests", RAISE.replace("2027-01-15", "soon"), editor()),
                400,
                "deadline");
        assertProblem(
                post(
                        "/api/change-requests/" + id + "/triage",
                        "{\"item\": \"DI-037\", \"verdict\": \"maybe\"}",
                        editor()),
                400,
                "impacted, not-impacted, needs-analysis");
        assertProblem(get("/api/change-requests/CR999/pack", "*/*"), 404, "CR999");
        assertProblem(get("/api/change-requests/" + id + "/pack?format=pdf", "*/*"), 400, "xlsx");
        assertProblem(get("/api/change-requests?awaiting=you", "*/*"), 400, "awaiting");
        assertProblem(get("/api/change-requests?awaiting=me", "*/*"), 401, "Sign in");
        assertThat(registry.history().latest()).isEqualTo(before);
    }

    @Test
    void listsWhatAwaitsTheSignedInPersonsTriage() {
        String id = raise().read("$.identifier");

        HttpResponse<String> mine =
                send(request("/api/change-requests?awaiting=me").header("Authorization", editor()));
        HttpResponse<String> readers =
                send(request("/api/change-requests?awaiting=me").header("Authorization", reader()));

        DocumentContext awaiting = JsonPath.parse(mine.body());
        List<String> crs = awaiting.read("$[*].changeRequest");
        assertThat(crs).contains(id);
        List<String> parties = awaiting.read("$[*].parties[*].identifier");
        assertThat(parties).isNotEmpty().allMatch(p -> p.equals("TDWG") || p.equals("BPRWG"));
        assertThat(JsonPath.parse(readers.body()).read("$", List.class)).isEmpty();
    }

    @Test
    void derivesWhatAwaitsAPersonsTriageFromTheGroupsTheyAreAMemberOf() {
        String id = raise().read("$.identifier");
        TestPeople.addMember(registry, READER, "body/TDWG");
        try {
            HttpResponse<String> mine =
                    send(
                            request("/api/change-requests?awaiting=me")
                                    .header("Authorization", reader()));

            DocumentContext awaiting = JsonPath.parse(mine.body());
            List<String> crs = awaiting.read("$[*].changeRequest");
            assertThat(crs).contains(id);
            List<String> parties = awaiting.read("$[*].parties[*].identifier");
            assertThat(parties).isNotEmpty().containsOnly("TDWG");
        } finally {
            TestPeople.remove(registry, READER);
        }
        HttpResponse<String> after =
                send(request("/api/change-requests?awaiting=me").header("Authorization", reader()));
        assertThat(JsonPath.parse(after.body()).read("$", List.class)).isEmpty();
    }

    @Test
    void showsWhatAwaitsTheSignedInPersonsTriageOnMyWork() {
        String id = raise().read("$.identifier");

        Document myWork =
                new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD).page("/my-work", 200);

        assertThat(myWork.select("[data-section=items-to-triage]").text()).contains(id);
        assertThat(myWork.select("[data-section=items-to-triage] a").attr("href"))
                .startsWith("/change-requests/CR");
    }

    @Test
    void listsAWriteMadeUnderTheChangeRequestByItsParameter() {
        String id = raise().read("$.identifier");
        String triple =
                "<"
                        + BASE
                        + "data-item/DI-037> <http://www.w3.org/2000/01/rdf-schema#comment>"
                        + " \"Three characters\" }";

        HttpResponse<String> update =
                send(
                        request("/sparql?changeRequest=" + id)
                                .header("Authorization", editor())
                                .header("Content-Type", "application/sparql-update")
                                .POST(body("INSERT DATA { " + triple)));
        DocumentContext changes =
                JsonPath.parse(get("/api/change-requests/" + id + "/changes", "*/*").body());
        send(
                request("/sparql")
                        .header("Authorization", editor())
                        .header("Content-Type", "application/sparql-update")
                        .POST(body("DELETE DATA { " + triple)));

        assertThat(update.statusCode()).as(update.body()).isEqualTo(204);
        assertThat(changes.read("$[0].route", String.class)).isEqualTo("sparql-update");
        assertThat(changes.read("$[0].principal", String.class)).isEqualTo(EDITOR);
    }

    @Test
    void documentsTheEndpointsInOpenApi() {
        String api = get("/v3/api-docs", "application/json").body();

        assertThat(api)
                .contains("/api/change-requests")
                .contains("/api/change-requests/{id}/pack")
                .contains("/api/change-requests/{id}/triage")
                .contains("/api/change-requests/{id}/recompute");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String words) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(response.body()).contains(words).doesNotContain("Exception");
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }
}
