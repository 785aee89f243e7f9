package org.designregistry.server.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * An editor creates and deletes resources from the pages in headless Chromium: picks a kind, fills
 * in the shape-driven form, sees a refused create's reasons, creates one (recorded in the history),
 * confirms a delete after seeing the links that go and the impact, and sees a refused delete's
 * reason (an approved artefact, which needs an approver).
 */
class CreateAndDeleteInBrowserIntegrationTest extends ServerTestSupport {

    private static final String CREATED = BASE + "requirement/REQUI-901";
    private static final String REFUSED = BASE + "interface/IF-UI-901";

    private Browser browser;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void signIn(TestInfo test) throws IOException {
        browser = Browser.start(port, getClass(), test.getTestMethod().orElseThrow().getName());
        browser.open("/login");
        browser.find("#username").sendKeys(EDITOR);
        browser.find("#password").sendKeys(EDITOR_PASSWORD);
        browser.follow(browser.find("#sign-in"));
    }

    @AfterEach
    void tidy() throws IOException {
        browser.close();
        registry.update(
                model -> {
                    for (String iri : new String[] {CREATED, REFUSED}) {
                        Resource r = model.createResource(iri);
                        model.removeAll(r, null, null);
                        model.removeAll(null, null, r);
                    }
                });
    }

    @Test
    void createsARequirementFromTheKindPickerAndDeletesItAfterConfirming() {
        browser.open("/browse/requirement");
        browser.follow(browser.find("#create-button"));
        assertThat(browser.path()).isEqualTo("/new/requirement");
        assertThat(browser.find("#new-heading").getText()).isEqualTo("New requirement");

        browser.find("#identifier").sendKeys("REQUI-901");
        browser.find("#label").sendKeys("REQUI-901 Created from the pages");
        browser.find("#reason").sendKeys("Browser test: create");
        browser.follow(browser.find("#save"));

        assertThat(browser.path()).isEqualTo("/resource/requirement/REQUI-901");
        assertThat(browser.find("#created").getText()).contains("was created");
        assertThat(lastChange(CREATED).flatMap(ChangeRecord::message))
                .contains("Browser test: create");

        browser.follow(browser.find("#delete-button"));
        assertThat(browser.path()).isEqualTo("/resource/requirement/REQUI-901/delete");
        assertThat(browser.find("#no-links").getText()).contains("Nothing links");
        assertThat(browser.find("#impact-summary").getText()).contains("0 resources");
        browser.find("#reason").sendKeys("Browser test: delete");
        browser.follow(browser.find("#confirm-delete"));

        assertThat(browser.path()).isEqualTo("/browse/requirement");
        assertThat(browser.find("#deleted").getText()).contains("was deleted");
        assertThat(stored(CREATED)).isFalse();
        assertThat(lastChange(CREATED).flatMap(ChangeRecord::message))
                .contains("Browser test: delete");
    }

    @Test
    void showsWhyACreateIsRefusedBesideTheFieldsAndStoresNothing() {
        browser.open("/new");
        browser.follow(browser.find("#new-interface"));
        browser.find("#identifier").sendKeys("IF-UI-901");
        browser.find("#label").sendKeys("IF-UI-901 No sender or receiver");

        browser.submitRefused(browser.find("#save"), 422);

        assertThat(browser.path()).isEqualTo("/new/interface");
        assertThat(browser.find("#error-summary").getText())
                .contains("Your changes were not saved");
        assertThat(browser.find("#identifier").getAttribute("value")).isEqualTo("IF-UI-901");
        assertThat(stored(REFUSED)).isFalse();
    }

    @Test
    void listsTheLinksThatWouldGoAndRefusesToDeleteAnApprovedArtefactForAnEditor() {
        browser.open("/resource/artefact/DES100");
        browser.follow(browser.find("#delete-button"));
        assertThat(browser.findAll("#links-to-go tbody tr")).isNotEmpty();
        assertThat(browser.find("#link-count").getText()).isNotEqualTo("0");
        assertThat(browser.find("#impact-link").getAttribute("href"))
                .endsWith("/impact?from=artefact:DES100");

        browser.submitRefused(browser.find("#confirm-delete"), 403);

        assertThat(browser.find("#refusal").getText()).contains("needs the approver role");
        assertThat(stored(BASE + "artefact/DES100")).isTrue();
    }

    private boolean stored(String iri) {
        Boolean found = registry.read(m -> m.containsResource(m.createResource(iri)));
        return found;
    }

    private Optional<ChangeRecord> lastChange(String iri) {
        return registry.history().list(ChangeQuery.all().withResource(iri)).items().stream()
                .findFirst();
    }
}
