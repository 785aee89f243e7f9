package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Walks the pages in headless Chromium over the app serving the MHHS sample: from home to a data
 * item and on to an interface that carries it, with the keyboard as well as the mouse.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BrowsingIntegrationTest {

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
    void walksFromHomeToADataItemAndAnInterfaceThatCarriesIt() {
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Design Registry");
        assertThat(browser.find(".registry-healthy").getText()).contains("Conforms");

        browser.follow(link("#counts-kind", "Data items"));
        assertThat(browser.path()).isEqualTo("/browse/data-item");
        assertThat(browser.find("#result-count").getText()).isEqualTo("Showing 1 to 25 of 157");

        browser.follow(browser.find(".govuk-pagination__next a"));
        assertThat(browser.find("#result-count").getText()).isEqualTo("Showing 26 to 50 of 157");

        browser.follow(link("table.registry-list", "DI-037"));
        assertThat(browser.path()).isEqualTo("/resource/data-item/DI-037");
        assertThat(browser.find("h1").getText()).isEqualTo("GSP Group ID");
        WebElement carriedBy =
                browser.find("#links [data-relation='https://w3id.org/design-registry#carriedBy']");
        assertThat(carriedBy.findElement(By.tagName("dt")).getText())
                .contains("Carried by")
                .contains("(26)");

        WebElement firstInterface = carriedBy.findElement(By.cssSelector("dd a"));
        String interfaceName = firstInterface.getText();
        browser.follow(firstInterface);
        assertThat(browser.path()).startsWith("/resource/interface/IF-");
        assertThat(interfaceName).endsWith(browser.find("h1 span").getText());
        assertThat(browser.findAll("#links dt").stream().map(WebElement::getText))
                .anyMatch(t -> t.startsWith("Carries"))
                .anyMatch(t -> t.startsWith("Sent by"))
                .anyMatch(t -> t.startsWith("Received by"));
        assertThat(browser.findAll("#links a").stream().map(a -> a.getDomAttribute("href")))
                .contains("/resource/data-item/DI-037");
        assertThat(browser.find("#impact-button").getDomAttribute("href"))
                .startsWith("/impact?from=interface:IF-");
    }

    @Test
    void searchesFromHomeAndFollowsTheWalkToTheImpactOfAChange() throws IOException {
        browser.open("/");
        WebElement box = browser.find("#home-search-q");
        box.sendKeys("GSP");
        new org.openqa.selenium.support.ui.WebDriverWait(
                        browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> !browser.findAll("#home-search-suggestions option").isEmpty());
        assertThat(
                        browser.findAll("#home-search-suggestions option").stream()
                                .map(o -> o.getDomAttribute("label")))
                .anyMatch(label -> label.contains("GSP"));
        browser.screenshot("type-ahead");

        box.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(
                        browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> browser.path().startsWith("/search?q=GSP"));
        browser.open(browser.path());
        assertThat(browser.find("#search-count").getText()).startsWith("Showing 1 to ");
        assertThat(browser.findAll("#search-hits mark")).isNotEmpty();
        assertThat(browser.findAll("#facet-type input")).isNotEmpty();

        browser.follow(link("#search-hits", "DI-037 GSP Group ID"));
        assertThat(browser.path()).isEqualTo("/resource/data-item/DI-037");

        WebElement carriedBy =
                browser.find("#links [data-relation='https://w3id.org/design-registry#carriedBy']");
        browser.follow(carriedBy.findElement(By.cssSelector("dd a")));
        assertThat(browser.path()).startsWith("/resource/interface/IF-");
        String iface = browser.path().substring("/resource/interface/".length());

        browser.follow(browser.find("#impact-button"));
        assertThat(browser.path()).isEqualTo("/impact?from=interface:" + iface);
        int hits = browser.findAll("#hits tbody tr").size();
        assertThat(hits).isPositive();
        assertThat(((Number) script("return window.registryImpactGraph.nodes().length")).intValue())
                .isEqualTo(hits + 1);
        assertThat(script("return window.registryImpactGraph.nodes('[?start]').data('name')"))
                .isEqualTo(iface);
    }

    @Test
    void asksWhatAChangeToADataItemTouchesAndOpensAHitFromTheGraph() throws IOException {
        browser.open("/resource/data-item/DI-037");
        browser.follow(browser.find("#impact-button"));
        assertThat(browser.path()).isEqualTo("/impact?from=data-item:DI-037");
        assertThat(new Select(browser.find("#impact-direction")).getFirstSelectedOption().getText())
                .startsWith("Downstream");
        int hits = browser.findAll("#hits tbody tr").size();
        assertThat(hits).isGreaterThan(26);
        assertThat(browser.find("#summary-heading").getText())
                .isEqualTo(hits + " resources touched");

        assertThat(((Number) script("return window.registryImpactGraph.nodes().length")).intValue())
                .as("the start and every hit")
                .isEqualTo(hits + 1);
        assertThat(script("return window.registryImpactGraph.nodes('[?start]').data('name')"))
                .isEqualTo("DI-037");
        int shown = visibleNodes();
        assertThat(shown).as("collapsed to the first depths").isBetween(27, hits);
        assertThat(browser.find("#graph-status").getText())
                .startsWith("Showing " + shown + " of " + (hits + 1) + " resources, up to depth 2");

        WebElement expand = browser.find("#graph-expand");
        assertThat(expand.getText()).isEqualTo("Show depth 3");
        expand.sendKeys(Keys.ENTER);
        assertThat(visibleNodes()).isGreaterThan(shown);
        browser.screenshot("impact graph one depth deeper");

        // A real click on the canvas, where Cytoscape drew the first interface that carries DI-037.
        @SuppressWarnings("unchecked")
        java.util.List<Object> target =
                (java.util.List<Object>)
                        script(
                                "var n = window.registryImpactGraph.nodes('[depth = 1]')"
                                        + ".filter(function (n) { return n.data('href')"
                                        + ".indexOf('/interface/') > 0; })[0];"
                                        + "var p = n.renderedPosition();"
                                        + "return [p.x, p.y, n.data('href')];");
        WebElement graph = browser.find("#impact-graph");
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .scrollToElement(graph)
                .perform();
        int x =
                (int)
                        Math.round(
                                ((Number) target.get(0)).doubleValue()
                                        - graph.getSize().width / 2.0);
        int y =
                (int)
                        Math.round(
                                ((Number) target.get(1)).doubleValue()
                                        - graph.getSize().height / 2.0);
        // A plain click selects it and stays on the page; a Shift-click opens its page.
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(graph, x, y)
                .click()
                .perform();
        assertThat(browser.path()).isEqualTo("/impact?from=data-item:DI-037");
        assertThat(browser.find("#graph-details-open").getDomAttribute("href"))
                .isEqualTo(target.get(2));
        String before = browser.path();
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .moveToElement(graph, x, y)
                .click()
                .keyUp(Keys.SHIFT)
                .perform();
        new org.openqa.selenium.support.ui.WebDriverWait(
                        browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> !browser.path().equals(before));
        browser.open(browser.path());
        assertThat(browser.path()).isEqualTo(target.get(2));
        assertThat(browser.path()).startsWith("/resource/interface/IF-");
        assertThat(browser.findAll("#links a").stream().map(a -> a.getDomAttribute("href")))
                .contains("/resource/data-item/DI-037");
    }

    @Test
    void movesThroughTheImpactGraphWithTheKeyboardAndOpensTheNodeSelected() throws IOException {
        // Every depth (the page's default stops at 3), so that the graph has a next depth to show.
        browser.open("/impact?from=data-item:DI-037&depth=");
        assertThat(script("return window.registryImpactGraph.nodes('[?start]').style('shape')"))
                .as("the start is drawn as no kind is")
                .isEqualTo("star");
        assertThat(
                        script(
                                "return window.registryImpactGraph.nodes('[!start]')"
                                        + ".map(function (n) { return n.style('shape'); })"
                                        + ".filter(function (s) { return s === 'star'; })"
                                        + ".length"))
                .isEqualTo(0L);
        assertThat(borderWidth("[?start]")).isGreaterThan(2 * borderWidth("[!start]"));

        WebElement expand = browser.find("#graph-expand");
        expand.sendKeys(Keys.ENTER);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("graph-expand");
        // Past the zoom, screen, download and kind controls, the graph takes the focus.
        for (int i = 0;
                i < 20 && !"impact-graph".equals(browser.focused().getDomAttribute("id"));
                i++) {
            browser.focused().sendKeys(Keys.TAB);
        }
        WebElement graph = browser.focused();
        assertThat(graph.getDomAttribute("id")).isEqualTo("impact-graph");
        assertThat(graph.getDomAttribute("role")).isEqualTo("application");
        assertThat(graph.getDomAttribute("aria-label")).contains("arrow keys");
        assertThat(browser.find("#graph-focus").getText())
                .startsWith("DI-037 GSP Group ID: Data item, where the change starts (1 of ");

        graph.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        String href =
                (String)
                        script(
                                "return window.registryImpactGraph.$('.registry-focus').data('href')");
        String name =
                (String)
                        script(
                                "return window.registryImpactGraph.$('.registry-focus').data('name')");
        assertThat(href).startsWith("/resource/");
        assertThat(browser.find("#graph-focus").getText())
                .startsWith(name)
                .contains("depth 1 (3 of ");
        graph.sendKeys(Keys.ARROW_LEFT);
        assertThat(browser.find("#graph-focus").getText()).contains("(2 of ");
        graph.sendKeys(Keys.ARROW_RIGHT);
        browser.screenshot("impact graph keyboard selection");

        // Enter selects it and stays on the page; Shift+Enter opens its page.
        graph.sendKeys(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/impact?from=data-item:DI-037&depth=");
        assertThat(browser.find("#graph-details-name").getText()).isEqualTo(name);
        String before = browser.path();
        graph.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        waitFor(d -> !browser.path().equals(before));
        browser.open(browser.path());
        assertThat(browser.path()).isEqualTo(href);
    }

    @Test
    void drawsTheTraceabilityMatrixAndOpensARowsPage() throws IOException {
        browser.open("/");
        browser.follow(link("#navigation", "Traceability"));
        assertThat(browser.path()).isEqualTo("/trace/matrix");
        // A page of 50 rows by 25 columns of the 64 requirements by 120 processes.
        assertThat(browser.findAll("#matrix tbody tr")).hasSize(50);
        assertThat(browser.findAll("#matrix thead th")).hasSize(25);
        WebElement linked = browser.find("#matrix tbody td[title*=satisf]");
        assertThat(linked.getText()).startsWith("●").contains("satisf");
        assertThat(linked.isDisplayed()).isTrue();

        new Select(browser.find("#matrix-cols")).selectByValue("interface");
        new Select(browser.find("#matrix-rows")).selectByValue("process");
        browser.follow(browser.find("#matrix-submit"));
        assertThat(browser.path()).startsWith("/trace/matrix?rows=process&cols=interface");
        assertThat(browser.findAll("#matrix tbody tr")).hasSize(50);

        WebElement row = browser.find("#matrix tbody th a");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        browser.follow(row);
        assertThat(browser.path()).startsWith("/resource/process/");

        browser.open("/trace/gaps");
        assertThat(browser.findAll("#checks tbody tr")).isNotEmpty();
    }

    @Test
    void runsASampleSparqlQueryInYasguiAndLinksItsResourcesToTheirPages() throws IOException {
        browser.open("/");
        browser.follow(link("#navigation", "SPARQL"));
        browser.follow(
                link(
                        ".registry-samples",
                        "Decisions to revisit after a change to DI-037 (GSP Group ID)."));
        assertThat(browser.path()).isEqualTo("/query?sample=decisions-to-revisit");
        assertThat(editorText()).startsWith("# Decisions to revisit after a change to DI-037");
        assertThat(browser.findAll("#query-form .CodeMirror .cm-keyword"))
                .as("YASQE highlights the query")
                .isNotEmpty();

        browser.find("#query-run").click();
        waitFor(d -> !browser.findAll("#query-results tbody tr a.iri").isEmpty());
        int rows = browser.findAll("#query-results tbody tr").size();
        assertThat(rows).isPositive();
        assertThat(browser.find("#query-status").getText()).isEqualTo(rows + " rows");
        assertThat(browser.findAll("#query-results thead th").stream().map(WebElement::getText))
                .contains("item", "decision", "body");
        assertThat(resourcesFetched())
                .as("everything the page loaded came from the app")
                .isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port + "/"));
        assertThat(browser.errors()).isEmpty();
        browser.screenshot("sparql results");

        WebElement iri = browser.find("#query-results tbody a.iri");
        String href = iri.getDomAttribute("href");
        assertThat(href)
                .startsWith("/resource?iri=")
                .contains(
                        java.net.URLEncoder.encode(
                                iri.getDomAttribute("title"),
                                java.nio.charset.StandardCharsets.UTF_8));
        browser.follow(iri);
        assertThat(browser.path()).startsWith("/resource/");
        assertThat(browser.find("h1").getText()).isNotBlank();
    }

    @Test
    void showsTheSampleChosenNotAQueryEditedBeforeAndSaysWhyAQueryFailed() throws IOException {
        browser.open("/query?sample=gap-unowned-artefacts");
        editor().click();
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.END)
                .keyUp(Keys.CONTROL)
                .sendKeys(" LIMIT 1")
                .sendKeys(Keys.TAB)
                .perform();
        assertThat(editorText()).endsWith(" LIMIT 1");
        assertThat(browser.focused().getDomAttribute("id"))
                .as("Tab leaves the editor")
                .isEqualTo("query-run");

        browser.follow(
                link(
                        ".registry-samples",
                        "Traceability matrix: requirements by the business processes that"
                                + " satisfy them."));
        assertThat(editorText()).startsWith("# Traceability matrix");
        browser.open("/query?sample=gap-unowned-artefacts");
        assertThat(editorText()).startsWith("# Gap: design artefacts").doesNotEndWith(" LIMIT 1");

        browser.open(
                "/query?query="
                        + java.net.URLEncoder.encode(
                                "SELECT ?x WHERE {", java.nio.charset.StandardCharsets.UTF_8));
        editor().click();
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        waitFor(d -> browser.find("#query-status").getText().startsWith("The query failed"));
        assertThat(browser.find("#query-status").getText()).contains("Parse error");
        assertThat(browser.find("#query-results").getText()).contains("Parse error");
        browser.errors();
        browser.screenshot("sparql refused");
    }

    @Test
    void reachesTheSkipLinkFirstWithTheKeyboard() throws IOException {
        browser.open("/");
        assertThat(
                        browser.find("[data-module=govuk-skip-link]")
                                .getDomAttribute("data-govuk-skip-link-init"))
                .as("GOV.UK Frontend's JavaScript started")
                .isNotNull();

        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.focused();
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getDomAttribute("class")).contains("govuk-skip-link");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getRect().getHeight()).as("visible when focused").isPositive();
        browser.screenshot("skip link focused");

        skip.sendKeys(Keys.ENTER);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main-content");

        browser.focused().sendKeys(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("home-search-q");
        browser.focused().sendKeys(Keys.TAB);
        browser.focused().sendKeys(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("href")).isEqualTo("/browse/artefact");
    }

    @Test
    void movesThroughTheHeaderAndNavigationWithTheKeyboard() {
        browser.open("/browse");
        WebElement body = browser.driver().findElement(By.tagName("body"));

        body.sendKeys(Keys.TAB);
        browser.focused().sendKeys(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Design Registry");
        browser.focused().sendKeys(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Sign in");
        assertThat(browser.focused().getDomAttribute("href")).isEqualTo("/login?to=/browse");
        browser.focused().sendKeys(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Home");
        browser.focused().sendKeys(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Browse");
        assertThat(browser.focused().getDomAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void filtersAListWithTheForm() {
        browser.open("/browse/artefact");

        browser.find("#filter-status input[value=Approved]").click();
        browser.follow(browser.find(".registry-filters button[type=submit]"));

        assertThat(browser.path()).contains("status=Approved");
        assertThat(browser.findAll("table.registry-list tbody tr"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("Approved"));
        assertThat(browser.find("#filter-status input[value=Approved]").isSelected()).isTrue();
    }

    private double borderWidth(String nodes) {
        return Double.parseDouble(
                ((String)
                                script(
                                        "return window.registryImpactGraph.nodes('"
                                                + nodes
                                                + "').first().style('border-width')"))
                        .replace("px", ""));
    }

    private WebElement editor() {
        return browser.find("#query-form .CodeMirror");
    }

    private String editorText() {
        return (String)
                script(
                        "return document.querySelector('#query-form .CodeMirror').CodeMirror.getValue()");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> resourcesFetched() {
        return (java.util.List<String>)
                script(
                        "return performance.getEntriesByType('resource')"
                                + ".map(function (e) { return e.name; })");
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
        new org.openqa.selenium.support.ui.WebDriverWait(
                        browser.driver(), java.time.Duration.ofSeconds(30))
                .until(done);
    }

    private int visibleNodes() {
        return ((Number) script("return window.registryImpactGraph.nodes(':visible').length"))
                .intValue();
    }

    private Object script(String js) {
        return browser.driver().executeScript(js);
    }

    private WebElement link(String container, String text) {
        return browser.find(container).findElement(By.linkText(text));
    }
}
