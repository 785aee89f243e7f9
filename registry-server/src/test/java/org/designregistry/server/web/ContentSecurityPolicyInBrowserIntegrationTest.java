package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages that run the most script, the impact graph (Cytoscape.js) and the SPARQL editor
 * (YASGUI), work in Chromium under the Content-Security-Policy, which the browser enforces: an
 * inline script is refused, and says so in the console, where these pages log nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyInBrowserIntegrationTest {

    @TempDir static Path data;

    @DynamicPropertySource
    static void storeInTempFolder(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.resolve("store").toString());
    }

    @LocalServerPort int port;

    private Browser browser;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        browser = Browser.start(port, getClass(), test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }

    private Object script(String js) {
        return browser.driver().executeScript(js);
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(done);
    }

    @Test
    void drawsTheImpactGraphUnderThePolicy() throws IOException {
        browser.open("/impact?from=DI-037");
        waitFor(d -> script("return window.registryImpactGraph ? 1 : 0").equals(1L));

        assertThat(((Number) script("return window.registryImpactGraph.nodes().length")).intValue())
                .isGreaterThan(27);
        assertThat(
                        ((Number)
                                        script(
                                                "return window.registryImpactGraph.nodes(':visible').length"))
                                .intValue())
                .isPositive();
        browser.screenshot("impact graph under the policy");
        assertThat(browser.errors()).as("console errors, CSP violations among them").isEmpty();
    }

    @Test
    void runsASparqlQueryInYasguiUnderThePolicy() throws IOException {
        browser.open("/query?sample=decisions-to-revisit");
        assertThat(browser.findAll("#query-form .CodeMirror .cm-keyword")).isNotEmpty();

        browser.find("#query-run").click();
        waitFor(d -> !browser.findAll("#query-results tbody tr").isEmpty());

        assertThat(browser.find("#query-status").getText()).endsWith("rows");
        browser.screenshot("sparql results under the policy");
        assertThat(browser.errors()).as("console errors, CSP violations among them").isEmpty();
    }

    @Test
    void refusesAnInlineScriptAndSaysSoInTheConsole() {
        browser.open("/");

        Object ran =
                script(
                        "var s = document.createElement('script');"
                                + " s.textContent = 'window.inlineRan = true';"
                                + " document.head.appendChild(s);"
                                + " return window.inlineRan === true;");

        assertThat(ran).isEqualTo(false);
        assertThat(browser.errors())
                .anySatisfy(e -> assertThat(e).contains("Content Security Policy"));
    }
}
