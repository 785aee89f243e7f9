package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page in Chromium: no wider than the window at 400 and 1400 pixels (wide tables scroll in a
 * box of their own), and no serious or critical accessibility violation that axe-core (run in the
 * page, from the test classpath) finds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EveryPageInBrowserIntegrationTest {

    /** A page of each kind the app serves, on the MHHS sample. */
    static final List<String> PAGES =
            List.of(
                    "/",
                    "/browse",
                    "/browse/artefact",
                    "/resource/artefact/DES138",
                    "/resource/data-item/DI-037",
                    "/search?q=GSP",
                    "/impact?from=DI-037",
                    "/trace/matrix?rows=requirement&cols=process",
                    "/trace/gaps",
                    "/vocabulary",
                    "/vocabulary/term?iri="
                            + URLEncoder.encode(
                                    "https://w3id.org/design-registry/status/Approved",
                                    StandardCharsets.UTF_8),
                    "/query",
                    "/decisions/publication",
                    "/baselines",
                    "/registers",
                    "/changes",
                    "/login");

    /** Names the outermost elements whose right edge passes the window's, to say what to fix. */
    private static final String WIDEST =
            "const w = document.documentElement.clientWidth; return [...document.querySelectorAll("
                    + "'body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                    + " && !(e.parentElement && e.parentElement.getBoundingClientRect().right"
                    + " > w + 1)).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#'"
                    + " + e.id : '') + '.' + [...e.classList].join('.')).join(', ');";

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

    @Test
    void noPageIsWiderThanTheWindowAt400Or1400Pixels() {
        List<String> overflowing = new ArrayList<>();
        for (String page : PAGES) {
            browser.open(page);
            for (int width : new int[] {1400, 400}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                Number overflow =
                        (Number)
                                browser.driver()
                                        .executeScript(
                                                "return document.documentElement.scrollWidth"
                                                        + " - document.documentElement"
                                                        + ".clientWidth;");
                if (overflow.intValue() > 0) {
                    overflowing.add(
                            page
                                    + " at "
                                    + width
                                    + " px: "
                                    + overflow
                                    + " px too wide, past the edge: "
                                    + browser.driver().executeScript(WIDEST));
                }
            }
        }
        assertThat(overflowing).isEmpty();
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage() {
        List<String> violations = new ArrayList<>();
        for (String page : PAGES) {
            browser.open(page);
            browser.seriousAccessibilityViolations().forEach(v -> violations.add(page + ": " + v));
        }
        assertThat(violations).isEmpty();
    }
}
