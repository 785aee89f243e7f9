package org.designregistry.server.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor in headless Chromium uploads a register on the registers page, picks its mapping and
 * sees the preview: each row's outcome and change, and the refused rows with where and why. The
 * preview stores nothing, so the shared server's data stays as it was.
 */
class RegisterImportInBrowserIntegrationTest extends ServerTestSupport {

    @TempDir Path dir;

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
    void stopBrowser() throws IOException {
        browser.close();
    }

    @Test
    void uploadsARegisterPicksItsMappingAndSeesThePreviewRowByRow() throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve("my-register.csv"),
                        "Process ID,Process Name,Owner\r\n"
                                + "BP001,Change of Supplier (revised),Registrations\r\n"
                                + "BP002,Change of Service - Metering Service,Nowhere\r\n");
        long size = registry.size();
        browser.open("/login");
        browser.find("#username").sendKeys(EDITOR);
        browser.find("#password").sendKeys(EDITOR_PASSWORD);
        browser.follow(browser.find("#sign-in"));

        browser.open("/registers");
        assertThat(browser.find("#download-interfaces-xlsx").getAttribute("href"))
                .endsWith("/api/registers/interfaces.xlsx");
        browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
        new Select(browser.find("#import-mapping")).selectByValue("processes");
        browser.find("#import-preview").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.find("#import-result").isDisplayed());

        assertThat(browser.find("#import-counts").getText())
                .contains("my-register.csv (processes): 2 rows")
                .contains("1 updated")
                .contains("1 refused");
        WebElement updated = browser.find("#import-items tr[data-outcome='updated']");
        assertThat(updated.getText())
                .contains("process:BP001")
                .contains("rdfs:label: Change of Supplier -> Change of Supplier (revised)");
        assertThat(browser.find("#import-refusals").getText())
                .contains("sheet my-register.csv, row 3, column C (Owner)")
                .contains("unknown link target");
        assertThat(browser.find("#import-confirm").isDisplayed()).isFalse();
        assertThat(browser.find("#import-progress").getText()).isEqualTo("Preview ready.");
        assertThat(browser.errors()).isEmpty();
        assertThat(registry.size()).isEqualTo(size);
    }
}
