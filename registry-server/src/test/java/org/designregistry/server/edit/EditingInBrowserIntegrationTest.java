package org.designregistry.server.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.ontology.DR;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor's walk in headless Chromium: from a resource page to the login form and back, into the
 * edit form, a refused save with the reasons beside the fields, and a save that shows on the page.
 * The resource is put back as it was afterwards, for the other tests of the shared server.
 */
class EditingInBrowserIntegrationTest extends ServerTestSupport {

    private static final String DES145 = "/resource/artefact/DES145";
    private static final String DES145_IRI = BASE + "artefact/DES145";

    private Browser browser;
    private Model original;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        original = statementsOf(DES145_IRI);
        browser = Browser.start(port, getClass(), test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void restore() throws IOException {
        browser.close();
        registry.update(
                model -> {
                    Resource des145 = model.createResource(DES145_IRI);
                    model.removeAll(des145, null, null);
                    model.add(original);
                });
    }

    @Test
    void signsInEditsAResourceSeesWhyASaveIsRefusedAndSavesIt() {
        browser.open(DES145);
        assertThat(browser.findAll("#edit-button")).isEmpty();

        browser.follow(browser.find("#sign-in-link"));
        assertThat(browser.path()).startsWith("/login");
        browser.find("#username").sendKeys(EDITOR);
        browser.find("#password").sendKeys(EDITOR_PASSWORD);
        browser.follow(browser.find("#sign-in"));
        assertThat(browser.path()).isEqualTo(DES145);
        assertThat(browser.find("#signed-in-as").getText())
                .isEqualTo("Signed in as edith (editor)");

        browser.follow(browser.find("#edit-button"));
        assertThat(browser.path()).isEqualTo(DES145 + "/edit");
        WebElement title = browser.find("[data-property='dcterms:title'] input[type=text]");
        assertThat(title.getAttribute("value")).isEqualTo("Logical Data Model");
        title.clear();
        status().selectByVisibleText("Approved");

        browser.submitRefused(browser.find("#save"), 422);
        assertThat(browser.find("#error-summary").getText())
                .contains("Your changes were not saved")
                .contains("needs exactly one title")
                .contains("needs an approving decision");
        assertThat(browser.find("[data-property='dcterms:title'] .govuk-error-message").getText())
                .contains("needs exactly one title");
        assertThat(browser.find("[data-property='dr:status'] .govuk-error-message").getText())
                .contains("needs an approving decision");

        browser.find("[data-property='dcterms:title'] input[type=text]")
                .sendKeys("Logical Data Model (revised)");
        status().selectByVisibleText("In Review");
        browser.follow(browser.find("#save"));

        assertThat(browser.path()).isEqualTo(DES145);
        assertThat(browser.find("#saved").getText()).contains("Your changes were saved");
        assertThat(browser.find("#properties").getText()).contains("Logical Data Model (revised)");
    }

    @Test
    void savesAnUntouchedFormWithoutChangingAnyValueABrowserCouldMangle() {
        String decision = BASE + "decision/DAG-2021-11-17-02";
        Model before = statementsOf(decision);
        Txn.executeWrite(
                registry.dataset(),
                () -> {
                    Model data =
                            ModelFactory.createModelForGraph(registry.dataset().getDefaultGraph());
                    Resource d = data.createResource(decision);
                    data.removeAll(d, DR.publicationDue, null);
                    data.add(
                            d,
                            DR.publicationDue,
                            data.createTypedLiteral("2021-12-01Z", XSDDatatype.XSDdate));
                    data.add(d, DCTerms.description, "Line one\nLine two");
                    data.add(d, SKOS.note, "Recorded in the pack", "en");
                    data.add(
                            d,
                            RDFS.comment,
                            "A comment long enough to need a text area, because it goes on and on about the decision it is on.");
                });
        Model prepared = statementsOf(decision);
        try {
            browser.open("/login");
            browser.find("#username").sendKeys(APPROVER);
            browser.find("#password").sendKeys(APPROVER_PASSWORD);
            browser.follow(browser.find("#sign-in"));
            browser.open("/resource/decision/DAG-2021-11-17-02/edit");
            assertThat(
                            browser.find("[data-property='dr:publicationDue'] input.govuk-input")
                                    .getAttribute("type"))
                    .isEqualTo("text");
            assertThat(browser.findAll("#other-values textarea")).hasSize(2);

            browser.follow(browser.find("#save"));

            assertThat(browser.path()).isEqualTo("/resource/decision/DAG-2021-11-17-02");
            Model after = statementsOf(decision);
            assertThat(after.isIsomorphicWith(prepared))
                    .as("after the save:%n%s%nbefore:%n%s", turtle(after), turtle(prepared))
                    .isTrue();
        } finally {
            registry.update(
                    model -> {
                        model.removeAll(model.createResource(decision), null, null);
                        model.add(before);
                    });
        }
    }

    private static String turtle(Model model) {
        java.io.StringWriter out = new java.io.StringWriter();
        model.write(out, "TURTLE");
        return out.toString();
    }

    private Select status() {
        return new Select(browser.find("[data-property='dr:status'] select"));
    }

    private Model statementsOf(String iri) {
        return registry.read(
                model -> {
                    Model copy = ModelFactory.createDefaultModel();
                    copy.add(model.listStatements(model.createResource(iri), null, (RDFNode) null));
                    return copy;
                });
    }
}
