package org.designregistry.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person watches a resource from its page in headless Chromium, finds the change made since on
 * "My registry", sees it gone on the next look, and stops watching from the list.
 */
class WatchInBrowserIntegrationTest extends ServerTestSupport {

    private static final String DES145 = "/resource/artefact/DES145";
    private static final String DES145_IRI = BASE + "artefact/DES145";

    private Browser browser;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void signIn(TestInfo test) throws IOException {
        browser = Browser.start(port, getClass(), test.getTestMethod().orElseThrow().getName());
        browser.open("/login");
        browser.find("#username").sendKeys(APPROVER);
        browser.find("#password").sendKeys(APPROVER_PASSWORD);
        browser.follow(browser.find("#sign-in"));
    }

    @AfterEach
    void tidy() throws IOException {
        browser.close();
        registry.update(m -> m.removeAll(m.createResource(DES145_IRI), SKOS.note, null));
    }

    /** Clicks a button whose form comes back to the same page, and waits for the new page. */
    private void reloadAfter(WebElement button) {
        WebElement before = browser.find("html");
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.stalenessOf(before));
        browser.find("h1");
    }

    @Test
    void watchesAResourceSeesWhatChangedSinceTheLastLookAndStopsWatching() {
        browser.open(DES145);
        assertThat(browser.find("#watch-button").getText()).isEqualTo("Watch this resource");
        reloadAfter(browser.find("#watch-button"));
        assertThat(browser.path()).isEqualTo(DES145);
        assertThat(browser.find("#watch-button").getText()).isEqualTo("Stop watching");

        registry.update(m -> m.add(m.createResource(DES145_IRI), SKOS.note, "Seen in a browser"));

        browser.follow(browser.find("#my-registry-link"));
        assertThat(browser.path()).isEqualTo("/my-registry");
        assertThat(browser.find("#changes-count").getText()).startsWith("1 change since");
        assertThat(browser.find("#watched-changes").getText()).contains("DES145");

        browser.open("/my-registry");
        assertThat(browser.find("#changes-count").getText()).startsWith("Nothing you watch");
        reloadAfter(browser.find("#unwatch-DES145"));
        assertThat(browser.find("#nothing-watched").getText()).contains("You watch nothing yet");
    }
}
