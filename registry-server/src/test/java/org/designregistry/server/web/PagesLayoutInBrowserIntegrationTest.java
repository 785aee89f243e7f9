package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How the traceability pages lay out in Chromium: the matrix page fits the window (its table
 * scrolls in its own box), and the red edge of a row that links to nothing stays in view when the
 * matrix is scrolled sideways.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagesLayoutInBrowserIntegrationTest {

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
    void matrixPageIsNoWiderThanTheWindowAt1400And400Pixels() {
        for (int width : new int[] {1400, 400}) {
            // After open: the Browser sizes the window for its screenshot of each page.
            browser.open("/trace/matrix?rows=process&cols=data-item");
            browser.driver().manage().window().setSize(new Dimension(width, 900));

            Object overflow =
                    browser.driver()
                            .executeScript(
                                    "return document.documentElement.scrollWidth"
                                            + " - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("overflow at %d px", width).isZero();
        }
    }

    @Test
    void unlinkedRowKeepsItsRedEdgeWhenTheMatrixIsScrolledSideways() throws IOException {
        // Narrow, so that even a page of 25 columns scrolls sideways in its box.
        browser.open("/trace/matrix?rows=requirement&cols=process&colpage=2");
        browser.driver().manage().window().setSize(new Dimension(400, 900));
        WebElement scroller = browser.find(".registry-matrix-scroll");
        WebElement unlinked = browser.find("#matrix tr.registry-matrix__unlinked th");
        browser.driver()
                .executeScript(
                        "arguments[0].scrollLeft = arguments[0].scrollWidth;"
                                + " arguments[1].scrollIntoView({block: 'center'});"
                                + " arguments[0].scrollLeft = arguments[0].scrollWidth;",
                        scroller,
                        unlinked);
        assertThat(
                        ((Number)
                                        browser.driver()
                                                .executeScript(
                                                        "return arguments[0].scrollLeft;",
                                                        scroller))
                                .intValue())
                .as("the matrix scrolled sideways")
                .isPositive();

        BufferedImage cell =
                ImageIO.read(new ByteArrayInputStream(unlinked.getScreenshotAs(OutputType.BYTES)));
        int rgb = cell.getRGB(1, cell.getHeight() / 2);
        int red = (rgb >> 16) & 0xff;
        int green = (rgb >> 8) & 0xff;
        assertThat(red).as("red of the row header's left edge").isGreaterThan(180);
        assertThat(green).as("green of the row header's left edge").isLessThan(100);
    }
}
