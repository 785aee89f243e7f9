package org.designregistry.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Watch lists over HTTP: a signed-in person watches a workstream, sees on "my registry" the change
 * to a resource it owns made since they last looked, and then no longer (it is marked seen); the
 * list survives in {@code watches.json} beside the store; nobody signed out gets in.
 */
class WatchIntegrationTest extends ServerTestSupport {

    private static final String WORKSTREAM = BASE + "workstream/Elexon-Central-Systems";
    private static final String DES145 = BASE + "artefact/DES145";
    private static final String NOTE = "Watch test note";

    @AfterEach
    void tidy() {
        post("/watch", "iri=" + encode(WORKSTREAM) + "&watch=false");
        registry.update(m -> m.removeAll(m.createResource(DES145), SKOS.note, null));
    }

    @Test
    void showsChangesToWhatAWatchedWorkstreamOwnsSinceTheLastLookThenMarksThemSeen()
            throws Exception {
        HttpResponse<String> watched =
                post("/watch", "iri=" + encode(WORKSTREAM) + "&back=/workstream-page");
        assertThat(watched.statusCode()).isEqualTo(302);
        assertThat(watched.headers().firstValue("Location").orElseThrow())
                .endsWith("/workstream-page");
        Document first = myRegistry();
        assertThat(first.selectFirst("#changes-count").text()).startsWith("Nothing you watch");
        assertThat(first.select("#watched li").eachAttr("data-iri")).contains(WORKSTREAM);

        ChangeContext.callWith(
                ChangeContext.current().withMessage("Noted for the watch test"),
                () -> {
                    registry.update(
                            m -> {
                                Resource des145 = m.createResource(DES145);
                                m.add(des145, SKOS.note, NOTE);
                            });
                    return null;
                });

        Document second = myRegistry();
        assertThat(second.selectFirst("#changes-count").text()).startsWith("1 change since");
        assertThat(second.select("#watched-changes tbody tr").text())
                .contains("Noted for the watch test")
                .contains("Elexon Central Systems");
        Document third = myRegistry();
        assertThat(third.selectFirst("#changes-count").text()).startsWith("Nothing you watch");

        Path file = registry.location().orElseThrow().resolve(WatchStore.FILE_NAME);
        assertThat(Files.readString(file)).contains(EDITOR).contains(WORKSTREAM);
    }

    @Test
    void stopsWatchingAndRefusesWhatTheRegistryDoesNotHoldAndPeopleNotSignedIn() {
        post("/watch", "iri=" + encode(WORKSTREAM));
        post("/watch", "iri=" + encode(WORKSTREAM) + "&watch=false");
        assertThat(myRegistry().select("#watched li")).isEmpty();

        HttpResponse<String> unknown = post("/watch", "iri=" + encode(BASE + "artefact/NOPE"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("cannot be watched");

        HttpResponse<String> anonymous = get("/my-registry", "text/html");
        assertThat(anonymous.statusCode()).isIn(302, 401);
        HttpResponse<String> anonymousWatch =
                send(
                        request("/watch")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(body("iri=" + encode(WORKSTREAM))));
        assertThat(anonymousWatch.statusCode()).isIn(302, 401, 403);
    }

    private Document myRegistry() {
        HttpResponse<String> page = send(request("/my-registry").header("Authorization", editor()));
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private HttpResponse<String> post(String path, String form) {
        return send(
                request(path)
                        .header("Authorization", editor())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
