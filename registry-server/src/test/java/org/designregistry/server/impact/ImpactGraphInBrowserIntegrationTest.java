package org.designregistry.server.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The impact page's graph in headless Chromium over the MHHS sample, on DI-037's 126 hits with the
 * graph capped at 100 resources: its layers, edge labels, zoom, filter, expansion, exports, next
 * depth button and full-screen mode, with the mouse and the keyboard.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "registry.impact.graph.max-nodes=100")
class ImpactGraphInBrowserIntegrationTest {

    private static final String PAGE = "/impact?from=data-item:DI-037";

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
    void laysOutEachDepthInItsOwnLayerAndNamesEveryEdgeByItsRelation() throws IOException {
        browser.open(PAGE);
        showEveryDepth();

        @SuppressWarnings("unchecked")
        List<List<Number>> layers =
                (List<List<Number>>)
                        script(
                                "var cy = window.registryImpactGraph, out = [];"
                                        + "cy.nodes(':visible').forEach(function (n) {"
                                        + "  var d = n.data('depth'), x = n.position('x');"
                                        + "  out[d] = out[d] ? [Math.min(out[d][0], x),"
                                        + "    Math.max(out[d][1], x)] : [x, x]; });"
                                        + "return out;");
        assertThat(layers).hasSizeGreaterThanOrEqualTo(3).doesNotContainNull();
        for (int d = 0; d + 1 < layers.size(); d++) {
            assertThat(layers.get(d).get(1).doubleValue())
                    .as("depth %d lies wholly left of depth %d", d, d + 1)
                    .isLessThan(layers.get(d + 1).get(0).doubleValue());
        }
        @SuppressWarnings("unchecked")
        List<String> labels =
                (List<String>)
                        script(
                                "return window.registryImpactGraph.edges(':visible')"
                                        + ".map(function (e) { return e.style('label'); })");
        assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l).isNotBlank());
        assertThat(labels).contains("carried by");
        browser.screenshot("every depth in layers");
    }

    @Test
    void zoomsAndFitsFromTheButtonsAndTheKeys() throws IOException {
        browser.open(PAGE);
        double fitted = zoom();

        browser.find("#graph-zoom-in").click();
        assertThat(zoom())
                .isCloseTo(fitted * 1.25, org.assertj.core.data.Percentage.withPercentage(1));
        browser.find("#graph-zoom-out").click();
        browser.find("#graph-zoom-out").click();
        assertThat(zoom()).isLessThan(fitted);

        script(
                "window.registryImpactGraph.zoom(2); window.registryImpactGraph.pan({x: -900, y: 40})");
        browser.find("#graph-fit").click();
        assertThat(zoom()).isCloseTo(fitted, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(script("return window.registryImpactGraph.pan().x")).isNotEqualTo(-900L);

        WebElement graph = focusGraph();
        graph.sendKeys("+");
        assertThat(zoom()).isGreaterThan(fitted);
        graph.sendKeys("0");
        assertThat(zoom()).isCloseTo(fitted, org.assertj.core.data.Percentage.withPercentage(1));

        // Every control has a name a screen reader reads out.
        for (WebElement control :
                browser.findAll("#graph-controls button, #graph-controls input")) {
            String name =
                    (String)
                            script(
                                    "var c = arguments[0];"
                                            + "return c.getAttribute('aria-label')"
                                            + " || (c.labels && c.labels.length ? c.labels[0].textContent : '')"
                                            + " || c.textContent;",
                                    control);
            assertThat(name.strip()).as(control.getDomAttribute("id")).isNotEmpty();
        }
    }

    @Test
    void hidesTheResourcesOfAKindUnticked() {
        browser.open(PAGE);
        showEveryDepth();
        int interfaces = visible("[kind = 'interface']");
        int all = visible("");
        assertThat(interfaces).isGreaterThan(20);

        WebElement box = kindBox("interface");
        script("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
        assertThat(box.isSelected()).isFalse();
        assertThat(visible("[kind = 'interface']")).isZero();
        assertThat(visible("")).isEqualTo(all - interfaces);
        assertThat(browser.find("#graph-status").getText())
                .contains("(" + interfaces + " hidden by kind)");

        box.sendKeys(Keys.SPACE);
        assertThat(visible("[kind = 'interface']")).isEqualTo(interfaces);
    }

    @Test
    void expandsANodeOnClickWithoutLeavingThePageAndOpensItWithShiftClick() throws IOException {
        browser.open(PAGE);
        String parent =
                (String)
                        script(
                                "return window.registryImpactGraph.nodes(':visible').filter("
                                        + "function (n) { return n.outgoers('node[!shown]').length > 0; })"
                                        + "[0].id()");
        int hiddenChildren =
                ((Number)
                                script(
                                        "return window.registryImpactGraph.getElementById(arguments[0])"
                                                + ".outgoers('node[!shown]').length",
                                        parent))
                        .intValue();
        int before = visible("");

        clickNode(parent, null);
        assertThat(browser.path()).isEqualTo(PAGE);
        assertThat(visible("")).isEqualTo(before + hiddenChildren);
        String name = (String) data(parent, "name");
        assertThat(browser.find("#graph-details-name").getText()).isEqualTo(name);
        assertThat(browser.find("#graph-details-open").getDomAttribute("href"))
                .isEqualTo(data(parent, "href"));
        browser.screenshot("a node expanded");

        // The graph stopped at 100 resources: a node drawn dashed fetches what it touches.
        String edge =
                (String)
                        script(
                                "return window.registryImpactGraph.nodes('[?more]').filter("
                                        + "function (n) { return n.outgoers('node').length === 0; })[0].id()");
        showEveryDepth();
        int loaded =
                ((Number) script("return window.registryImpactGraph.nodes().length")).intValue();
        clickNode(edge, null);
        waitFor(d -> data(edge, "more").equals(Boolean.FALSE));
        assertThat(((Number) script("return window.registryImpactGraph.nodes().length")).intValue())
                .isGreaterThan(loaded);
        assertThat(browser.path()).isEqualTo(PAGE);
        assertThat(browser.errors()).isEmpty();

        String href = (String) data(parent, "href");
        clickNode(parent, Keys.SHIFT);
        waitFor(d -> !browser.path().equals(PAGE));
        browser.open(browser.path());
        assertThat(browser.path()).isEqualTo(href);
    }

    @Test
    @SuppressWarnings("unchecked")
    void downloadsThePictureAsPngAndSvg() {
        browser.open(PAGE);
        script(
                "window.exported = [];"
                        + "var create = URL.createObjectURL;"
                        + "URL.createObjectURL = function (blob) {"
                        + "  var entry = {type: blob.type, size: blob.size};"
                        + "  window.exported.push(entry);"
                        + "  blob.arrayBuffer().then(function (b) {"
                        + "    var bytes = new Uint8Array(b);"
                        + "    entry.head = Array.from(bytes.slice(0, 4));"
                        + "    entry.text = new TextDecoder().decode(bytes); });"
                        + "  return create.call(URL, blob); };"
                        + "var click = HTMLAnchorElement.prototype.click;"
                        + "HTMLAnchorElement.prototype.click = function () {"
                        + "  window.exported[window.exported.length - 1].name = this.download;"
                        + "  return click.call(this); };");

        browser.find("#graph-export-png").click();
        waitFor(d -> exported(0, "head") != null);
        assertThat(exported(0, "type")).isEqualTo("image/png");
        assertThat(exported(0, "name")).isEqualTo("impact-DI-037-graph.png");
        assertThat((List<Object>) exported(0, "head")).containsExactly(137L, 80L, 78L, 71L);
        assertThat(((Number) exported(0, "size")).intValue()).isGreaterThan(10_000);

        browser.find("#graph-export-svg").click();
        waitFor(d -> exported(1, "text") != null);
        assertThat(exported(1, "type")).isEqualTo("image/svg+xml");
        assertThat(exported(1, "name")).isEqualTo("impact-DI-037-graph.svg");
        @SuppressWarnings("unchecked")
        Map<String, Object> svg =
                (Map<String, Object>)
                        script(
                                "var doc = new DOMParser().parseFromString("
                                        + "window.exported[1].text, 'image/svg+xml');"
                                        + "return {errors: doc.getElementsByTagName('parsererror').length,"
                                        + " root: doc.documentElement.localName,"
                                        + " shapes: doc.querySelectorAll('g.resource circle, g.resource polygon').length,"
                                        + " links: doc.querySelectorAll('line.link').length,"
                                        + " relations: Array.from(doc.querySelectorAll('text.relation'))"
                                        + "   .map(function (t) { return t.textContent; })};");
        assertThat(svg.get("errors")).isEqualTo(0L);
        assertThat(svg.get("root")).isEqualTo("svg");
        assertThat(((Number) svg.get("shapes")).intValue()).isEqualTo(visible(""));
        assertThat(((Number) svg.get("links")).intValue())
                .isEqualTo(
                        ((Number)
                                        script(
                                                "return window.registryImpactGraph.edges(':visible').length"))
                                .intValue());
        assertThat((List<Object>) svg.get("relations")).contains("carried by");
    }

    @Test
    void hidesTheNextDepthButtonWhenThereIsNoNextDepth() throws IOException {
        browser.open(PAGE);
        WebElement expand = browser.find("#graph-expand");
        assertThat(display(expand)).isNotEqualTo("none");
        assertThat(expand.getText()).isEqualTo("Show depth 3");

        showEveryDepth();
        assertThat(expand.getDomAttribute("hidden")).isNotNull();
        assertThat(display(expand)).isEqualTo("none");
        assertThat(expand.isDisplayed()).isFalse();
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("graph-status");
        browser.screenshot("no next depth");
    }

    @Test
    void fillsTheScreenAndLeavesIt() throws IOException {
        browser.open(PAGE);
        // The window at a screen's size (opening the page stretched it to the page's length).
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        WebElement full = browser.find("#graph-fullscreen");
        int height = browser.find("#impact-graph").getSize().height;

        full.click();
        waitFor(
                d ->
                        script("return document.fullscreenElement && document.fullscreenElement.id")
                                .equals("graph-panel"));
        assertThat(browser.find("#graph-panel").getDomAttribute("class"))
                .contains("registry-graph-panel--full");
        assertThat(full.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(full.getText()).isEqualTo("Leave full screen");
        @SuppressWarnings("unchecked")
        List<Number> box =
                (List<Number>)
                        script(
                                "var r = document.getElementById('graph-panel')"
                                        + ".getBoundingClientRect();"
                                        + "return [r.top, r.left, r.width, r.height,"
                                        + " document.documentElement.clientWidth, innerHeight];");
        assertThat(box.get(0).intValue()).as("top").isZero();
        assertThat(box.get(1).intValue()).as("left").isZero();
        assertThat(box.get(2).intValue()).as("width").isEqualTo(box.get(4).intValue());
        assertThat(box.get(3).intValue()).as("height").isEqualTo(box.get(5).intValue());
        @SuppressWarnings("unchecked")
        List<Number> graphBox =
                (List<Number>)
                        script(
                                "var r = document.getElementById('impact-graph')"
                                        + ".getBoundingClientRect(); return [r.bottom, r.height];");
        int fullHeight = graphBox.get(1).intValue();
        assertThat(fullHeight)
                .as("the graph takes the height left, or 300 pixels at least: %s %s", box, graphBox)
                .satisfiesAnyOf(
                        h -> assertThat(h).isBetween(300, 330),
                        h ->
                                assertThat(graphBox.get(0).intValue())
                                        .isCloseTo(
                                                box.get(5).intValue() - 15,
                                                org.assertj.core.data.Offset.offset(2)));
        assertThat(((Number) script("return window.registryImpactGraph.height()")).intValue())
                .as("Cytoscape drew at the new size")
                .isCloseTo(fullHeight, org.assertj.core.data.Offset.offset(2));
        // Not browser.screenshot(): resizing the window would end the browser's full screen.
        java.nio.file.Files.write(
                Path.of("target", "screenshots", getClass().getSimpleName(), "full-screen.png"),
                browser.find("#graph-panel").getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        full.click();
        waitFor(d -> script("return document.fullscreenElement === null").equals(Boolean.TRUE));
        assertThat(browser.find("#graph-panel").getDomAttribute("class"))
                .doesNotContain("registry-graph-panel--full");
        assertThat(full.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.find("#impact-graph").getSize().height).isEqualTo(height);
    }

    @Test
    void fillsTheWindowWhereTheBrowserRefusesFullScreenKeepsTheKeyboardInsideAndLeavesOnEscape()
            throws IOException {
        browser.open(PAGE);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        // As in a frame without the right to full screen: the browser refuses the request.
        script(
                "Element.prototype.requestFullscreen = function () {"
                        + " return Promise.reject(new TypeError('refused')); };");
        WebElement full = browser.find("#graph-fullscreen");
        int height = browser.find("#impact-graph").getSize().height;

        full.sendKeys(Keys.ENTER);
        waitFor(d -> "true".equals(full.getDomAttribute("aria-pressed")));
        assertThat(script("return document.fullscreenElement")).isNull();
        assertThat(full.getText()).isEqualTo("Leave full screen");
        @SuppressWarnings("unchecked")
        List<Number> box =
                (List<Number>)
                        script(
                                "var r = document.getElementById('graph-panel')"
                                        + ".getBoundingClientRect();"
                                        + "return [r.top, r.left, r.width, r.height,"
                                        + " document.documentElement.clientWidth, innerHeight];");
        assertThat(box.get(0).intValue()).as("top").isZero();
        assertThat(box.get(1).intValue()).as("left").isZero();
        assertThat(box.get(2).intValue()).as("width").isEqualTo(box.get(4).intValue());
        assertThat(box.get(3).intValue()).as("height").isEqualTo(box.get(5).intValue());
        assertThat(script("return getComputedStyle(document.documentElement).overflow"))
                .as("the page behind does not scroll")
                .isEqualTo("hidden");
        int filledHeight = browser.find("#impact-graph").getSize().height;
        assertThat(filledHeight)
                .as("the graph takes the height its controls leave")
                .isGreaterThan(300);
        assertThat(((Number) script("return window.registryImpactGraph.height()")).intValue())
                .as("Cytoscape drew at the new size")
                .isCloseTo(filledHeight, org.assertj.core.data.Offset.offset(2));
        java.nio.file.Files.write(
                Path.of("target", "screenshots", getClass().getSimpleName(), "window-filled.png"),
                browser.driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        for (int i = 0; i < 30; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertThat(
                            script(
                                    "return document.getElementById('graph-panel')"
                                            + ".contains(document.activeElement)"))
                    .as("Tab %d keeps the focus in the panel, not on the page hidden behind it", i)
                    .isEqualTo(Boolean.TRUE);
        }

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        waitFor(d -> "false".equals(full.getDomAttribute("aria-pressed")));
        assertThat(full.getText()).isEqualTo("Full screen");
        assertThat(browser.find("#graph-panel").getDomAttribute("class"))
                .doesNotContain("registry-graph-panel--full");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("graph-fullscreen");
        assertThat(script("return getComputedStyle(document.documentElement).overflow"))
                .isNotEqualTo("hidden");
        assertThat(browser.find("#impact-graph").getSize().height).isEqualTo(height);
    }

    private void showEveryDepth() {
        WebElement expand = browser.find("#graph-expand");
        for (int i = 0; i < 10 && expand.isDisplayed(); i++) {
            expand.click();
        }
    }

    private WebElement focusGraph() {
        WebElement graph = browser.find("#impact-graph");
        script("arguments[0].focus()", graph);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("impact-graph");
        return graph;
    }

    /** Clicks where Cytoscape drew a node, holding a key down if one is given. */
    private void clickNode(String id, Keys held) {
        WebElement graph = browser.find("#impact-graph");
        new Actions(browser.driver()).scrollToElement(graph).perform();
        script(
                "window.registryImpactGraph.center(window.registryImpactGraph.getElementById(arguments[0]))",
                id);
        @SuppressWarnings("unchecked")
        List<Number> at =
                (List<Number>)
                        script(
                                "var p = window.registryImpactGraph.getElementById(arguments[0])"
                                        + ".renderedPosition(); return [p.x, p.y];",
                                id);
        int x = (int) Math.round(at.get(0).doubleValue() - graph.getSize().width / 2.0);
        int y = (int) Math.round(at.get(1).doubleValue() - graph.getSize().height / 2.0);
        Actions click = new Actions(browser.driver());
        if (held != null) {
            click.keyDown(held);
        }
        click.moveToElement(graph, x, y).click();
        if (held != null) {
            click.keyUp(held);
        }
        click.perform();
    }

    private WebElement kindBox(String kind) {
        return browser.find("#graph-filter input[value='" + kind + "']");
    }

    private Object data(String id, String key) {
        return script(
                "return window.registryImpactGraph.getElementById(arguments[0]).data(arguments[1])",
                id,
                key);
    }

    private Object exported(int index, String key) {
        return script(
                "var e = window.exported[arguments[0]]; return e ? e[arguments[1]] : null;",
                index,
                key);
    }

    private double zoom() {
        return ((Number) script("return window.registryImpactGraph.zoom()")).doubleValue();
    }

    private int visible(String selector) {
        return ((Number)
                        script(
                                "return window.registryImpactGraph.nodes(arguments[0] + ':visible').length",
                                selector))
                .intValue();
    }

    private String display(WebElement element) {
        return (String) script("return getComputedStyle(arguments[0]).display", element);
    }

    private void waitFor(Function<WebDriver, Boolean> done) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(done);
    }

    private Object script(String js, Object... args) {
        return browser.driver().executeScript(js, args);
    }
}
