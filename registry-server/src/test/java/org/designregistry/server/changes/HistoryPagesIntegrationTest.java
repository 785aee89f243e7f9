package org.designregistry.server.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The history pages in headless Chromium over the MHHS sample: a resource's History section and its
 * page as it was, the changes page with its filters and links, and the home page's latest changes,
 * each page offering the Atom feed as its alternate.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HistoryPagesIntegrationTest {

    private static final String DES138 = "https://registry.mhhs.example/id/artefact/DES138";

    @TempDir static Path data;

    @DynamicPropertySource
    static void storeInTempFolder(DynamicPropertyRegistry properties) {
        properties.add("registry.data", () -> data.resolve("store").toString());
    }

    @LocalServerPort int port;

    @Autowired Registry registry;

    private Browser browser;
    private long first;
    private long second;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void startBrowserAfterTwoChanges(TestInfo test) throws IOException {
        first = comment("alice", "First note", "Say what it is", "CR-7");
        second = comment("bob", "Second note", null, null);
        browser = Browser.start(port, getClass(), test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
        uncomment("First note");
        uncomment("Second note");
    }

    @Test
    void showsAResourcesHistoryNewestFirstAndTheResourceAsItWas() {
        browser.open("/resource/artefact/DES138");

        WebElement newest = browser.find("#history tbody tr");
        assertThat(newest.getAttribute("id")).isEqualTo("history-" + second);
        assertThat(newest.getText()).contains("bob").contains("comment: added Second note");
        WebElement older = browser.find("#history-" + first);
        assertThat(older.getText())
                .contains("alice")
                .contains("Say what it is")
                .contains("CR-7")
                .contains("comment: added First note");
        assertThat(alternateFeed()).contains("/api/changes.atom?resource=");

        browser.follow(older.findElement(By.linkText("As it was after change " + first)));
        assertThat(browser.find("#as-of").getText()).contains("just after change " + first);
        assertThat(browser.find("#properties").getText())
                .contains("First note")
                .doesNotContain("Second note");

        browser.follow(browser.find("#as-of-now"));
        assertThat(browser.path()).isEqualTo("/resource/artefact/DES138");
        assertThat(browser.find("#properties").getText()).contains("Second note");
    }

    @Test
    void listsChangesFromTheHomePageFiltersThemAndLinksWhatTheyTouched() {
        browser.open("/");
        assertThat(browser.find("#latest-changes").getText()).contains("bob").contains("alice");
        assertThat(alternateFeed()).endsWith("/api/changes.atom");

        browser.follow(browser.find("#all-changes-link"));
        assertThat(browser.path()).isEqualTo("/changes");
        assertThat(browser.find("#changes tbody tr").getAttribute("id"))
                .isEqualTo("change-" + second);

        browser.find("#filter-user").sendKeys("alice");
        browser.follow(browser.find("#apply-filters"));
        assertThat(browser.findAll("#changes tbody tr"))
                .allSatisfy(row -> assertThat(row.getText()).contains("alice"));
        WebElement row = browser.find("#change-" + first);
        assertThat(row.getText()).contains("Say what it is").contains("CR-7").contains("form");
        assertThat(alternateFeed()).contains("user=alice");

        browser.follow(row.findElement(By.partialLinkText("DES138")));
        assertThat(browser.path()).isEqualTo("/resource/artefact/DES138");
    }

    @Test
    void explainsABadFilterOnTheErrorPage() throws Exception {
        HttpResponse<String> page =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://localhost:"
                                                                + port
                                                                + "/changes?since=last+week"))
                                        .header("Accept", "text/html")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("change number such as 120");
    }

    private String alternateFeed() {
        return browser.find("link[rel='alternate'][type='application/atom+xml']")
                .getAttribute("href");
    }

    private long comment(String who, String text, String message, String changeRequest) {
        ChangeContext.runWith(
                ChangeContext.of(who, ChangeContext.FORM, message, changeRequest),
                () ->
                        registry.update(
                                (Model m) -> m.add(m.createResource(DES138), RDFS.comment, text)));
        return registry.history().latest();
    }

    private void uncomment(String text) {
        registry.update(
                (Model m) ->
                        m.remove(m.createResource(DES138), RDFS.comment, m.createLiteral(text)));
    }
}
