package org.designregistry.server.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.suspect.SuspectLink;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.model.suspect.SuspectQuery;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The suspect-links page, the flag on both resources' pages and the count on the home page, over
 * real HTTP; and the page's form, which clears the ticked links for editors only.
 */
class SuspectLinkPagesIntegrationTest extends ServerTestSupport {

    @Test
    void flagsBothEndsCountsOnTheHomePageAndClearsTickedLinksFromThePage() {
        long start = registry.history().latest() + 1;
        update(
                "INSERT DATA { <"
                        + BASE
                        + "data-item/DI-001> <http://purl.org/dc/terms/description> \"Paged\" }");
        SuspectLinks suspects = SuspectLinks.of(registry);
        List<SuspectLink> marked =
                suspects.list(
                                new SuspectQuery(
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.of(
                                                new org.designregistry.model.history.ChangeQuery
                                                        .ChangeBound.Number(start)),
                                        0,
                                        500))
                        .items();
        assertThat(marked).isNotEmpty();
        SuspectLink link = marked.get(0);

        HttpResponse<String> list = get("/suspect-links?since=" + start, "text/html");
        HttpResponse<String> changed = get("/resource/data-item/DI-001", "text/html");
        HttpResponse<String> dependant =
                get(
                        "/resource/"
                                + (link.dependant().typeIri().endsWith("Interface")
                                        ? "interface/"
                                        : "artefact/")
                                + link.dependant().identifier(),
                        "text/html");
        HttpResponse<String> home = get("/", "text/html");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("id=\"suspect-" + link.id() + "\"")
                .contains(marked.size() + " suspect links")
                .doesNotContain("name=\"id\"");
        assertThat(changed.body()).contains("id=\"suspect-links\"").contains(link.id());
        assertThat(dependant.body()).contains("id=\"suspect-links\"").contains(link.id());
        assertThat(home.body()).contains("id=\"suspect-count\"").contains("/suspect-links");

        String form =
                marked.stream().map(l -> "id=" + l.id()).reduce((a, b) -> a + "&" + b).orElseThrow()
                        + "&comment="
                        + URLEncoder.encode("Checked at the TDWG", StandardCharsets.UTF_8);
        HttpResponse<String> byReader = post(reader(), form);
        HttpResponse<String> byEditor = post(editor(), form);

        assertThat(byReader.statusCode()).isEqualTo(403);
        assertThat(byEditor.statusCode()).isEqualTo(302);
        assertThat(byEditor.headers().firstValue("Location").orElseThrow())
                .contains("/suspect-links?cleared=");
        ChangeRecord record = registry.history().get(registry.history().latest()).orElseThrow();
        assertThat(record.principal()).isEqualTo(EDITOR);
        assertThat(record.message()).contains("Checked at the TDWG");
        assertThat(suspects.about(BASE + "data-item/DI-001")).isEmpty();

        update(
                "DELETE DATA { <"
                        + BASE
                        + "data-item/DI-001> <http://purl.org/dc/terms/description> \"Paged\" }");
        List<String> again =
                suspects.about(BASE + "data-item/DI-001").stream().map(SuspectLink::id).toList();
        suspects.clear(again, "test clean-up");
    }

    @Test
    void aFormWithoutACommentIsRefusedAndClearsNothing() {
        HttpResponse<String> refused = post(editor(), "id=" + "a".repeat(32) + "&comment=");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"suspect-error\"").contains("needs a comment");
    }

    private HttpResponse<String> post(String authorization, String form) {
        return send(
                request("/suspect-links/clear")
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(body(form)));
    }

    private void update(String sparql) {
        send(
                request("/sparql")
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(sparql)));
    }
}
