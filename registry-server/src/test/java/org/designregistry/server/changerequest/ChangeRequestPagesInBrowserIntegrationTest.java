package org.designregistry.server.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * An editor's walk in headless Chromium: the raise form refused without a title, then a change
 * request raised with its pack, an item triaged from its row, what awaits them on the list, what
 * moved, and the pack printed to PDF without the forms. The change request is deleted afterwards.
 */
class ChangeRequestPagesInBrowserIntegrationTest extends ServerTestSupport {

    private Browser browser;
    private String raised;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        browser = Browser.start(port, getClass(), test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeAndDelete() throws IOException {
        browser.close();
        if (raised != null) {
            registry.update(
                    m -> {
                        Resource cr = m.createResource(raised);
                        m.removeAll(cr, null, null);
                        m.removeAll(null, null, cr);
                    });
        }
    }

    private void signIn() {
        browser.open("/change-requests");
        assertThat(browser.findAll("#raise-link")).isEmpty();
        browser.follow(browser.find("#sign-in-link"));
        browser.find("#username").sendKeys(EDITOR);
        browser.find("#password").sendKeys(EDITOR_PASSWORD);
        browser.follow(browser.find("#sign-in"));
        assertThat(browser.path()).isEqualTo("/change-requests");
    }

    private String raise() {
        browser.follow(browser.find("#raise-link"));
        browser.find("#cr-affects").sendKeys("DI-037");
        browser.submitRefused(browser.find("#raise-submit"), 400);
        assertThat(browser.find("#raise-error").getText()).contains("needs a title");
        assertThat(browser.find("#cr-affects").getAttribute("value")).isEqualTo("DI-037");

        browser.find("#cr-title").sendKeys("Validate the GSP Group ID");
        browser.find("#cr-reason").sendKeys("New GSP groups are planned");
        browser.find("#cr-constituency").sendKeys("constituency:Large-Supplier");
        browser.follow(browser.find("#raise-submit"));
        assertThat(browser.path()).matches("/change-requests/CR[0-9]{3}");
        String id = browser.path().substring("/change-requests/".length());
        raised = BASE + "change-request/" + id;
        return id;
    }

    @Test
    void raisesAChangeRequestTriagesAnItemAndSeesWhatAwaitsThem() {
        signIn();
        String id = raise();

        assertThat(browser.find("#cr-heading").getText())
                .isEqualTo(id + " Validate the GSP Group ID");
        assertThat(browser.find("#cr-constituency").getText()).isEqualTo("Large Supplier");
        assertThat(browser.find("#triage-progress").getText()).startsWith("0 of ");
        assertThat(browser.findAll("#revisits tbody tr")).isNotEmpty();
        WebElement row = browser.findAll(".registry-pack-items tbody tr").get(0);
        String item = row.getAttribute("data-item");
        new Select(row.findElement(org.openqa.selenium.By.name("verdict")))
                .selectByVisibleText("Not impacted");
        row.findElement(org.openqa.selenium.By.name("comment")).sendKeys("Only the label moves");
        browser.follow(row.findElement(org.openqa.selenium.By.cssSelector("button")));

        assertThat(browser.find("#triage-progress").getText()).startsWith("1 of ");
        WebElement marked = browser.find(".registry-pack-items tr[data-item='" + item + "']");
        assertThat(
                        marked.findElement(org.openqa.selenium.By.cssSelector(".registry-triage"))
                                .getText())
                .contains("Not impacted")
                .contains("Only the label moves")
                .contains(EDITOR);
        assertThat(browser.find("#changes tbody tr").getText()).contains("Triage " + item);

        browser.open("/change-requests");
        assertThat(browser.find("#awaiting").getText()).contains(id);
        assertThat(browser.find("#change-requests").getText()).contains(id).contains("1 of ");

        browser.open("/change-requests/" + id);
        browser.follow(browser.find("#recompute-link"));
        assertThat(browser.find("#drift-none").getText()).startsWith("Nothing moved");
    }

    @Test
    void printsThePackWithoutTheFormsOrTheSite() throws IOException {
        signIn();
        String id = raise();
        assertThat(browser.find(".registry-triage-form").isDisplayed()).isTrue();

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.find(".registry-triage-form").isDisplayed()).isFalse();
        assertThat(browser.find("#cr-actions").isDisplayed()).isFalse();
        assertThat(browser.find("#navigation").isDisplayed()).isFalse();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        PrintOptions options = new PrintOptions();
        options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        options.setBackground(false);
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
        Path saved = Path.of("target", "screenshots", getClass().getSimpleName(), "pack.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(id + " Validate the GSP Group ID")
                    .contains("Who has still to answer")
                    .contains("Decisions to revisit")
                    .contains("To consult")
                    .contains("Untriaged");
            assertThat(text)
                    .doesNotContain("Mark it")
                    .doesNotContain("Compute the impact again")
                    .doesNotContain("Skip to main content");
        }
    }
}
