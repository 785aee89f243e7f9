package org.designregistry.server.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.BrowserSession;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may edit from the pages, over real HTTP with sessions, and what a save does to the store. */
class EditPagesIntegrationTest extends ServerTestSupport {

    private static final String DI_043 = "/resource/data-item/DI-043";

    @Autowired Resources resources;

    @Test
    void sendsSomebodyNotSignedInToTheLoginPageAndBackAfterSigningIn() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> edit = browser.get(DI_043 + "/edit");

        assertThat(edit.statusCode()).isEqualTo(302);
        assertThat(edit.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        Document login = browser.page("/login", 200);
        assertThat(login.select("#no-users")).isEmpty();
        HttpResponse<String> signedIn =
                browser.submit(
                        login,
                        "#login-form",
                        Map.of("username", EDITOR, "password", EDITOR_PASSWORD));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains(DI_043 + "/edit"));
    }

    @Test
    void showsReadersNoEditingControlsAndRefusesThemTheForm() {
        BrowserSession reader = new BrowserSession(port).signIn(READER, READER_PASSWORD);

        Document page = reader.page(DI_043, 200);
        Document refused = reader.page(DI_043 + "/edit", 403);

        assertThat(page.select("#edit-button")).isEmpty();
        assertThat(page.selectFirst("#signed-in-as").text())
                .isEqualTo("Signed in as rita (reader)");
        assertThat(refused.selectFirst("h1").text())
                .isEqualTo("You cannot do this with your account");
        assertThat(refused.selectFirst("#forbidden-advice").text())
                .contains("needs the editor role");
        assertThat(new BrowserSession(port).page(DI_043, 200).select("#edit-button, #signed-in-as"))
                .isEmpty();
    }

    @Test
    void letsAnEditorSaveFromTheResourcePageWithItsCsrfToken() {
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        Document page = editor.page(DI_043, 200);
        assertThat(page.selectFirst("#edit-button").attr("href")).isEqualTo(DI_043 + "/edit");
        Document form = editor.page(DI_043 + "/edit", 200);
        String label = resources.describe(Ref.parse("DI-043")).label();

        HttpResponse<String> withoutToken = editor.post(DI_043 + "/edit", "label=Hijacked");
        HttpResponse<String> saved =
                editor.submit(form, "#edit-form", Map.of("label", label + " (checked)"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(editor.page(DI_043, 200).selectFirst("#saved").text())
                .contains("Your changes were saved");
        assertThat(resources.describe(Ref.parse("DI-043")).label()).isEqualTo(label + " (checked)");
        Document again = editor.page(DI_043 + "/edit", 200);
        editor.submit(again, "#edit-form", Map.of("label", label));
        assertThat(resources.describe(Ref.parse("DI-043")).label()).isEqualTo(label);
    }

    @Test
    void savesTheLargestArtefactUntouchedThroughTomcatWithoutChangingIt() {
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        String before = resources.describe(Ref.parse("DES140")).version();
        Document form = editor.page("/resource/artefact/DES140/edit", 200);
        assertThat(form.select("#edit-form input, #edit-form select, #edit-form textarea").size())
                .as("fields of the form")
                .isGreaterThan(500);

        HttpResponse<String> saved = editor.submit(form, "#edit-form", Map.of());

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(resources.describe(Ref.parse("DES140")).version()).isEqualTo(before);
    }

    @Test
    void refusesASessionsSaveWithoutItsCsrfTokenEvenWithBasicCredentials() {
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        String version = resources.describe(Ref.parse("DI-043")).version();

        HttpResponse<String> withBasic =
                editor.post(
                        DI_043 + "/edit",
                        "version=" + version + "&label=Forged",
                        Map.of("Authorization", editor()));
        HttpResponse<String> anonymous =
                new BrowserSession(port)
                        .post(DI_043 + "/edit", "version=" + version + "&label=Forged");

        assertThat(withBasic.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(withBasic.body()).selectFirst("#form-refused-advice").text())
                .contains("your session changed or ended");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(resources.describe(Ref.parse("DI-043")).version()).isEqualTo(version);
    }

    @Test
    void refusesAnEditorsChangeToADecisionBesideTheFormAndKeepsIt() {
        BrowserSession editor = new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
        String decision = "/resource/decision/DAG-2021-11-17-01";
        Document form = editor.page(decision + "/edit", 200);
        String before = resources.describe(Ref.parse("decision:DAG-2021-11-17-01")).version();
        String date = form.selectFirst("[data-property=dcterms:date] input[type=date]").id();

        HttpResponse<String> refused =
                editor.submit(form, "#edit-form", Map.of("#" + date, "2021-11-18"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).selectFirst("#edit-notice").text())
                .contains("needs the approver role")
                .contains("DAG-2021-11-17-01");
        assertThat(resources.describe(Ref.parse("decision:DAG-2021-11-17-01")).version())
                .isEqualTo(before);
    }
}
