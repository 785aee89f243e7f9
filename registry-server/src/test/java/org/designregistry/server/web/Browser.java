package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, on the running app. Nothing is
 * downloaded: both programs are named by path, so Selenium Manager is skipped. Every page it lands
 * on is saved as a full-page screenshot under {@code target/screenshots/<test class>/}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE_SCRIPT = "axe-core/axe.min.js";

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final int MAX_HEIGHT = 8000;

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final String baseUrl;
    private final Path screenshots;
    private final String prefix;
    private int shots;

    private Browser(String baseUrl, Class<?> testClass, String testName) throws IOException {
        this.baseUrl = baseUrl;
        this.screenshots = SCREENSHOTS.resolve(testClass.getSimpleName());
        this.prefix = testName;
        Files.createDirectories(screenshots);
        this.userDataDir = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + userDataDir,
                "--window-size=" + WIDTH + "," + HEIGHT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * Skips the calling test class when Chromium is not installed, unless the environment variable
     * {@code CI} is {@code true}: then a missing browser fails the build.
     */
    public static void requireChromium() {
        require(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                System.getenv("CI"));
    }

    /** Passes when the browser is present; otherwise fails if {@code ci} is "true", else skips. */
    static void require(boolean present, String ci) {
        if (present) {
            return;
        }
        String message =
                "Browser tests need "
                        + CHROMIUM
                        + " and "
                        + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)";
        if ("true".equals(ci)) {
            Assertions.fail(message + "; CI=true, so they may not be skipped");
        }
        Assumptions.abort(message + "; skipped because they are missing and CI is not true");
    }

    /** Starts a browser on the app at this port; screenshots are named after the test. */
    public static Browser start(int port, Class<?> testClass, String testName) throws IOException {
        return new Browser("http://localhost:" + port, testClass, testName);
    }

    /** Opens a page of the app by path, and saves its screenshot. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return landed();
    }

    /** Clicks an element that leads to another page, and saves that page's screenshot. */
    public Browser follow(WebElement link) {
        String before = driver.getCurrentUrl();
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d ->
                                !d.getCurrentUrl().equals(before)
                                        && "complete".equals(script("return document.readyState")));
        return landed();
    }

    /**
     * Clicks a button that posts a form the server refuses with this status and shows again (at the
     * same address), and saves the screenshot of the refusal; the browser may log that status and
     * nothing else.
     */
    public Browser submitRefused(WebElement button, int status) {
        WebElement before = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d ->
                                ExpectedConditions.stalenessOf(before).apply(d)
                                        && "complete".equals(script("return document.readyState")));
        assertThat(errors())
                .as("browser errors on " + path())
                .allMatch(e -> e.contains("status of " + status));
        return landed();
    }

    /** Returns the driver, for finding elements and sending keys. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Returns the path and query of the page shown. */
    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Returns the element a CSS selector finds first. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Returns every element a CSS selector finds. */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Returns the element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Saves a screenshot of the whole page as it is now, named after the step. */
    public Path screenshot(String step) throws IOException {
        // Measure at the normal height: a window already stretched for a longer page would pad
        // this one to its size.
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        Number height = (Number) script("return document.documentElement.scrollHeight");
        driver.manage()
                .window()
                .setSize(
                        new Dimension(
                                WIDTH, Math.min(MAX_HEIGHT, Math.max(600, height.intValue()))));
        Path file =
                screenshots.resolve(
                        String.format(Locale.ROOT, "%s-%02d-%s.png", prefix, ++shots, slug(step)));
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Returns the errors the browser logged since the last call: failed loads, script errors. */
    public List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Runs axe-core (from the test classpath) on the page as it is now, and returns its serious and
     * critical violations, each as its rule, impact, help and first three elements.
     */
    public List<String> seriousAccessibilityViolations() {
        driver.executeScript(Axe.SCRIPT);
        Object result =
                driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " axe.run(document, {resultTypes: ['violations']})"
                                + ".then(r => done(r.violations.filter(v =>"
                                + " v.impact === 'serious' || v.impact === 'critical')"
                                + ".map(v => ({id: v.id, impact: v.impact, help:"
                                + " v.help, targets: v.nodes.slice(0, 3).map(n =>"
                                + " n.target.join(' '))}))))"
                                + ".catch(e => done([{id: 'axe-error', help:"
                                + " String(e)}]));");
        return ((List<?>) result)
                .stream()
                        .map(v -> (Map<?, ?>) v)
                        .map(
                                v ->
                                        v.get("id")
                                                + " ("
                                                + v.get("impact")
                                                + ") "
                                                + v.get("help")
                                                + " "
                                                + v.get("targets"))
                        .toList();
    }

    /** axe-core's script, read on first use, once for every browser of the run. */
    private static final class Axe {
        static final String SCRIPT = readAxe();
    }

    private static String readAxe() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE_SCRIPT)) {
            assertThat(in).as(AXE_SCRIPT + " on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Browser landed() {
        assertThat(errors()).as("browser errors on " + path()).isEmpty();
        try {
            screenshot(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    private static String slug(String text) {
        String slug = text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "home" : slug.substring(0, Math.min(80, slug.length()));
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteTree(userDataDir.toFile());
        }
    }

    private static void deleteTree(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
