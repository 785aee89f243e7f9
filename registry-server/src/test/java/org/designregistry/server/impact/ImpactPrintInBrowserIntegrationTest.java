package org.designregistry.server.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The impact page printed in Chromium, as an architect would print it for a meeting: the print
 * stylesheet leaves the header block, the summary and the tables, without the site's navigation,
 * the form or the graph, on few pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImpactPrintInBrowserIntegrationTest {

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

    private PDDocument print(String path) throws IOException {
        browser.open(path);
        PrintOptions options = new PrintOptions();
        options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        options.setBackground(false);
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
        Path saved = Path.of("target", "screenshots", getClass().getSimpleName(), "impact.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf);
        return Loader.loadPDF(pdf);
    }

    @Test
    void printsTheSummaryAndTheTableWithoutTheFormOrTheGraph() throws IOException {
        try (PDDocument pdf = print("/impact?from=DI-037")) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text)
                    .contains("Change to")
                    .contains("Data version")
                    .contains("resources touched")
                    .contains("Decisions to revisit")
                    .contains("Who to involve")
                    .contains("IF-072");
            assertThat(text)
                    .doesNotContain("Start from")
                    .doesNotContain("Show the impact")
                    .doesNotContain("The impacted neighbourhood")
                    .doesNotContain("Download the report")
                    .doesNotContain("Skip to main content");
            int hits = browser.findAll("#hits tbody tr").size();
            assertThat(hits).isGreaterThan(60);
            // About 25 rows to a landscape page, and a page for the summary.
            assertThat(pdf.getNumberOfPages()).isBetween(2, hits / 12);
        }
    }

    @Test
    void hidesTheSiteAroundTheReportOnlyWhenPrinting() {
        browser.open("/impact?from=DI-037");
        assertThat(browser.find("#impact-form").isDisplayed()).isTrue();

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(browser.find("#impact-form").isDisplayed()).isFalse();
        assertThat(browser.find("#navigation").isDisplayed()).isFalse();
        assertThat(browser.find("#impact-downloads").isDisplayed()).isFalse();
        assertThat(browser.find("#report-header").isDisplayed()).isTrue();
        assertThat(browser.find("#hits").isDisplayed()).isTrue();
    }
}
