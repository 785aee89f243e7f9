package org.designregistry.server.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The edit form's type-ahead for a new link's target in headless Chromium, on DES145's form: the
 * suggestions follow the text typed and the relation chosen, and the list is an ARIA combobox that
 * the keyboard works.
 */
class LinkTypeAheadInBrowserIntegrationTest extends ServerTestSupport {

    private static final String FORM = "/resource/artefact/DES145/edit";
    private static final String ARTEFACT = "(design artefact)";

    private Browser browser;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void signIn(TestInfo test) throws IOException {
        browser = Browser.start(port, getClass(), test.getTestMethod().orElseThrow().getName());
        browser.open("/login");
        browser.find("#username").sendKeys(EDITOR);
        browser.find("#password").sendKeys(EDITOR_PASSWORD);
        browser.follow(browser.find("#sign-in"));
        browser.open(FORM);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void suggestsOnlyTheKindsTheChosenRelationMayLinkToAtMostTen() throws IOException {
        WebElement target = newLinkTarget();

        target.sendKeys("D");
        List<String> anyKind = suggestions(target);
        assertThat(anyKind)
                .as("no relation chosen: any resource")
                .anyMatch(s -> !s.endsWith(ARTEFACT));

        relation().selectByVisibleText("Dependency of");
        assertThat(target.getDomAttribute("aria-expanded"))
                .as("a new relation drops the old suggestions")
                .isEqualTo("false");
        assertThat(options(target)).isEmpty();
        target.sendKeys(Keys.ARROW_DOWN);
        List<String> artefacts = suggestions(target);
        assertThat(artefacts)
                .as("Down asks again, for the new relation")
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(10)
                .allMatch(s -> s.endsWith(ARTEFACT));
        assertThat(artefacts)
                .as("the identifier named once")
                .allMatch(s -> !s.matches("^(\\S+) \\1 .*"));

        target.sendKeys("ES14");
        assertThat(suggestions(target))
                .as("narrowed as more is typed")
                .isNotEmpty()
                .allMatch(s -> s.startsWith("DES14"));
        browser.screenshot("suggestions");
    }

    @Test
    void isAComboboxTheKeyboardWorks() {
        relation().selectByVisibleText("Dependency of");
        WebElement target = newLinkTarget();
        assertThat(target.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(target.getDomAttribute("aria-autocomplete")).isEqualTo("list");
        assertThat(target.getDomAttribute("aria-expanded")).isEqualTo("false");
        WebElement list = browser.find("#" + target.getDomAttribute("aria-controls"));
        assertThat(list.getDomAttribute("role")).isEqualTo("listbox");

        target.sendKeys("DES");
        List<String> shown = suggestions(target);
        assertThat(shown).hasSizeGreaterThan(2);
        target.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        WebElement second = browser.find("#" + target.getDomAttribute("aria-activedescendant"));
        assertThat(second.getDomAttribute("role")).isEqualTo("option");
        assertThat(second.getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(second.getText()).isEqualTo(shown.get(1));
        assertThat(list.findElements(org.openqa.selenium.By.cssSelector("[aria-selected=true]")))
                .hasSize(1);
        assertThat(status(target)).contains(shown.size() + " resources to choose from");
        assertThat(browser.seriousAccessibilityViolations())
                .as("axe-core on the form with the list open")
                .isEmpty();

        target.sendKeys(Keys.ARROW_UP, Keys.ARROW_UP);
        assertThat(browser.find("#" + target.getDomAttribute("aria-activedescendant")).getText())
                .as("Up from the first goes round to the last")
                .isEqualTo(shown.get(shown.size() - 1));
        target.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(target.getDomProperty("value"))
                .as("Enter takes the identifier of the one reached")
                .isEqualTo(shown.get(1).split(" ")[0]);
        assertThat(target.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(target.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(browser.path()).as("Enter did not send the form").isEqualTo(FORM);
        assertThat(browser.focused()).isEqualTo(target);

        target.sendKeys(Keys.BACK_SPACE);
        suggestions(target);
        target.sendKeys(Keys.ESCAPE);
        assertThat(target.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(list.isDisplayed()).isFalse();
        assertThat(browser.path()).isEqualTo(FORM);
    }

    @Test
    void takesASuggestionClickedWithTheMouse() {
        relation().selectByVisibleText("Dependency of");
        WebElement target = newLinkTarget();
        target.sendKeys("DES1");
        List<String> shown = suggestions(target);

        browser.find("#" + target.getDomAttribute("aria-controls") + " [role=option]").click();

        assertThat(target.getDomProperty("value")).isEqualTo(shown.get(0).split(" ")[0]);
        assertThat(target.getDomAttribute("aria-expanded")).isEqualTo("false");
    }

    private Select relation() {
        return new Select(browser.find("#new-links select"));
    }

    private WebElement newLinkTarget() {
        return browser.find("#new-links input[data-combobox]");
    }

    /** Waits for the list to open on the text typed, and returns its options' text. */
    private List<String> suggestions(WebElement target) {
        String typed = target.getDomProperty("value");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(
                        d ->
                                "true".equals(target.getDomAttribute("aria-expanded"))
                                        && status(target).contains("to choose from")
                                        && typed.equals(target.getDomProperty("value"))
                                        && allStartWith(target, typed));
        return options(target);
    }

    /** Whether every option shown matches the text typed, so that an older answer has gone. */
    private boolean allStartWith(WebElement target, String typed) {
        return options(target).stream()
                .allMatch(o -> o.toLowerCase().contains(typed.toLowerCase()));
    }

    /** The options' text, read at once: the list is rebuilt as answers arrive. */
    @SuppressWarnings("unchecked")
    private List<String> options(WebElement target) {
        return (List<String>)
                browser.driver()
                        .executeScript(
                                "return [...document.getElementById(arguments[0].getAttribute("
                                        + "'aria-controls')).querySelectorAll('[role=option]')]"
                                        + ".map(o => o.innerText.trim());",
                                target);
    }

    private String status(WebElement target) {
        return (String)
                browser.driver()
                        .executeScript(
                                "return arguments[0].parentNode.querySelector('[role=status]')"
                                        + ".textContent",
                                target);
    }
}
