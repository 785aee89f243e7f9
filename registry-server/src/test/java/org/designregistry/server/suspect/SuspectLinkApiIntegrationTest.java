package org.designregistry.server.suspect;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Suspect links over real HTTP against the MHHS sample, whose resources the IR1 baseline holds: a
 * governed change through each write route (SPARQL Update, Graph Store, REST) marks the links of
 * the interfaces that carry the changed data item; the API lists them to anyone and clears them for
 * editors only, recording who cleared them and why. Each test undoes its writes and clears what
 * they marked.
 */
class SuspectLinkApiIntegrationTest extends ServerTestSupport {

    private static final String PREFIXES =
            "PREFIX dr: <https://w3id.org/design-registry#>\n"
                    + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                    + "PREFIX data-item: <https://registry.mhhs.example/id/data-item/>\n";

    private long start;

    @AfterEach
    void clearWhatTheTestMarked() {
        List<String> ids = ids(json(get("/api/suspect-links?size=500&since=" + start, "*/*")));
        if (!ids.isEmpty()) {
            SuspectLinks.of(registry).clear(ids, "test clean-up");
        }
    }

    @Test
    void aSparqlUpdateToABaselinedDataItemMarksTheLinksOfTheInterfacesThatCarryIt() {
        start = registry.history().latest() + 1;
        assertThat(
                        update(
                                        "DELETE { data-item:DI-037 dr:dataFormat ?f } INSERT { data-item:DI-037"
                                                + " dr:dataFormat \"CHAR(3)\" } WHERE { data-item:DI-037"
                                                + " dr:dataFormat ?f }")
                                .statusCode())
                .isEqualTo(204);
        long change = registry.history().latest();

        DocumentContext page =
                json(get("/api/suspect-links?since=" + change + "&kind=interface", "*/*"));

        List<String> changed = page.read("$.items[*].changed.identifier");
        List<String> relations = page.read("$.items[*].relation");
        List<Integer> since = page.read("$.items[*].since");
        assertThat(page.read("$.totalItems", Long.class)).isEqualTo(26L);
        assertThat(changed).hasSize(26).containsOnly("DI-037");
        assertThat(relations).containsOnly("dr:carries");
        assertThat(since).containsOnly((int) change);
        String first = page.read("$.items[0].dependant.identifier");
        DocumentContext ofInterface =
                json(get("/api/resources/interface:" + first + "/suspect-links", "*/*"));
        assertThat(ofInterface.read("$[*].changed.identifier", List.class)).contains("DI-037");
        DocumentContext impact = json(get("/api/impact?from=DI-037&depth=1", "application/json"));
        HttpResponse<String> impactPage = get("/impact?from=DI-037&depth=1", "text/html");
        assertThat(impact.read("$.throughSuspectLinks", List.class))
                .contains(BASE + "interface/" + first);
        assertThat(impactPage.body()).contains("This path runs through a suspect link");
        String csv = get("/api/impact?from=DI-037&depth=1&format=csv", "*/*").body();
        String md = get("/api/impact?from=DI-037&depth=1&format=md", "*/*").body();
        assertThat(csv.lines().filter(l -> l.contains(",depth,") || l.startsWith("depth,")))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .endsWith(",through_suspect_link");
        assertThat(csv.lines().filter(l -> l.contains("," + BASE + "interface/" + first + ",")))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .endsWith(",yes");
        assertThat(md).contains("- Paths through suspect links: ");
        assertThat(md.lines().filter(l -> l.contains("**Runs through a suspect link.**")))
                .anyMatch(l -> l.contains(first));

        update(
                "DELETE DATA { data-item:DI-037 dr:dataFormat \"CHAR(3)\" } ;"
                        + " INSERT DATA { data-item:DI-037 dr:dataFormat \"CHAR(2)\" }");
    }

    @Test
    void aGraphStoreWriteMarksSuspectLinksAndACommentOnlyChangeDoesNot() {
        start = registry.history().latest() + 1;
        HttpResponse<String> comment =
                send(
                        request("/data?default")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/turtle")
                                .POST(
                                        body(
                                                "<"
                                                        + BASE
                                                        + "data-item/DI-019>"
                                                        + " <http://www.w3.org/2000/01/rdf-schema#comment>"
                                                        + " \"A note\" .")));
        assertThat(comment.statusCode()).isBetween(200, 204);
        assertThat(total("/api/suspect-links?since=" + start)).isZero();

        HttpResponse<String> description =
                send(
                        request("/data?default")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/turtle")
                                .POST(
                                        body(
                                                "<"
                                                        + BASE
                                                        + "data-item/DI-019>"
                                                        + " <http://purl.org/dc/terms/description>"
                                                        + " \"Now governed text\" .")));
        assertThat(description.statusCode()).isBetween(200, 204);
        long change = registry.history().latest();

        DocumentContext page = json(get("/api/suspect-links?since=" + change, "*/*"));
        assertThat(page.read("$.items[*].changed.identifier", List.class))
                .isNotEmpty()
                .containsOnly("DI-019");

        update(
                "DELETE DATA { data-item:DI-019 dcterms:description \"Now governed text\" ;"
                        + " <http://www.w3.org/2000/01/rdf-schema#comment> \"A note\" }");
    }

    @Test
    void aRestWriteMarksSuspectLinksButNotTheLinkItAdds() {
        start = registry.history().latest() + 1;
        HttpResponse<String> before = get("/api/resources/DI-023", "application/json");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> added =
                send(
                        request("/api/resources/DI-023/links")
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("If-Match", etag)
                                .header("Content-Type", "application/json")
                                .POST(
                                        body(
                                                "{\"relation\":\"dr:carriedBy\","
                                                        + "\"target\":\"interface:IF-041\"}")));
        assertThat(added.statusCode()).as(added.body()).isBetween(200, 201);
        long change = registry.history().latest();

        DocumentContext page = json(get("/api/suspect-links?since=" + change + "&size=500", "*/*"));
        List<String> dependants = page.read("$.items[*].dependant.identifier");
        assertThat(page.read("$.items[*].changed.identifier", List.class)).containsOnly("DI-023");
        // the 14 interfaces that carried it before, and the artefacts that specify it
        assertThat(dependants).hasSizeGreaterThan(14).doesNotContain("IF-041");

        String etagNow =
                get("/api/resources/DI-023", "application/json")
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow();
        send(
                request("/api/resources/DI-023/links?relation=dr:carriedBy&target=interface:IF-041")
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("If-Match", etagNow)
                        .DELETE());
    }

    @Test
    void anyoneListsButOnlyAnEditorClearsAndTheClearingIsRecorded() {
        start = registry.history().latest() + 1;
        update("INSERT DATA { data-item:DI-018 dcterms:description \"Changed\" }");
        long change = registry.history().latest();
        List<String> ids = ids(json(get("/api/suspect-links?since=" + change, "*/*")));
        assertThat(ids).isNotEmpty();
        String request =
                "{\"ids\":[\""
                        + String.join("\",\"", ids)
                        + "\"],\"comment\":\"Reviewed: the interfaces still fit\"}";

        HttpResponse<String> anonymous = clear(null, request);
        HttpResponse<String> byReader = clear(reader(), request);
        HttpResponse<String> noComment = clear(editor(), "{\"ids\":[\"" + ids.get(0) + "\"]}");
        HttpResponse<String> unknown =
                clear(editor(), "{\"ids\":[\"" + "0".repeat(32) + "\"],\"comment\":\"x\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(byReader.statusCode()).isEqualTo(403);
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("needs a comment");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(total("/api/suspect-links?since=" + change)).isEqualTo(ids.size());

        HttpResponse<String> cleared = clear(editor(), request);

        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        long clearing = json(cleared).read("$.change", Long.class);
        ChangeRecord record = registry.history().get(clearing).orElseThrow();
        assertThat(record.principal()).isEqualTo(EDITOR);
        assertThat(record.route()).isEqualTo(SuspectLinks.ROUTE);
        assertThat(record.message()).contains("Reviewed: the interfaces still fit");
        assertThat(record.touched()).contains(BASE + "data-item/DI-018");
        assertThat(total("/api/suspect-links?since=" + change)).isZero();

        update("DELETE DATA { data-item:DI-018 dcterms:description \"Changed\" }");
    }

    @Test
    void aBaselineComparisonSaysOnRequestWhatItsChangesTouch() {
        start = registry.history().latest() + 1;
        HttpResponse<String> created =
                send(
                        request("/api/baselines")
                                .header("Authorization", approver())
                                .header("Content-Type", "application/json")
                                .POST(body("{\"name\":\"Suspect Test\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        update("INSERT DATA { data-item:DI-037 dcterms:description \"Moved\" }");

        DocumentContext plain =
                json(get("/api/baselines/Suspect-Test/diff/current", "application/json"));
        DocumentContext withImpact =
                json(
                        get(
                                "/api/baselines/Suspect-Test/diff/current?impact=true",
                                "application/json"));
        HttpResponse<String> page =
                get("/baselines/Suspect-Test/diff/current?impact=true", "text/html");

        assertThat(plain.read("$.changed", Long.class)).isEqualTo(1L);
        assertThat(withImpact.read("$.diff.changed", Long.class)).isEqualTo(1L);
        assertThat(withImpact.read("$.impact.starts[0].identifier", String.class))
                .isEqualTo("DI-037");
        assertThat(withImpact.read("$.impact.summary.downstreamHits", Integer.class))
                .isGreaterThanOrEqualTo(26);
        assertThat(page.body()).contains("id=\"diff-impact\"").contains("id=\"diff-impact-hits\"");
        // The description is governed and IR1 holds DI-037: its dependants' links are suspect.
        assertThat(withImpact.read("$.impact.throughSuspectLinks", List.class)).isNotEmpty();

        update("DELETE DATA { data-item:DI-037 dcterms:description \"Moved\" }");
        send(request("/api/baselines/Suspect-Test").header("Authorization", admin()).DELETE());
    }

    @Test
    void refusesBadFiltersWithAProblem() {
        HttpResponse<String> kind = get("/api/suspect-links?kind=spaceship", "*/*");
        HttpResponse<String> since = get("/api/suspect-links?since=yesterday", "*/*");
        HttpResponse<String> size = get("/api/suspect-links?size=501", "*/*");

        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("Unknown kind 'spaceship'");
        assertThat(since.statusCode()).isEqualTo(400);
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("500");
    }

    private HttpResponse<String> clear(String authorization, String json) {
        var builder =
                request("/api/suspect-links/clear")
                        .header("Content-Type", "application/json")
                        .POST(body(json));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder);
    }

    private long total(String path) {
        return json(get(path, "*/*")).read("$.totalItems", Long.class);
    }

    private static List<String> ids(DocumentContext page) {
        return page.read("$.items[*].id");
    }

    private HttpResponse<String> update(String sparql) {
        return send(
                request("/sparql")
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(PREFIXES + sparql)));
    }

    private static DocumentContext json(HttpResponse<String> reply) {
        return JsonPath.parse(reply.body());
    }
}
