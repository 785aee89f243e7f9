package org.designregistry.server.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.util.List;
import org.designregistry.server.ServerTestSupport;
import org.designregistry.server.web.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * The workflow's forms in headless Chromium: an editor submits a recommendation from "My work"; an
 * approver finds it in "My work", has a decision without its reason refused, then records the
 * rejection and sees the subject Rejected. The tests' artefacts and records are removed after.
 */
class DecisionFormsInBrowserIntegrationTest extends ServerTestSupport {

    private Browser editorBrowser;
    private Browser approverBrowser;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void start(TestInfo test) throws IOException {
        WorkflowTestData.addArtefacts(registry, 1);
        String name = test.getTestMethod().orElseThrow().getName();
        editorBrowser = Browser.start(port, getClass(), name + "-editor");
        approverBrowser = Browser.start(port, getClass(), name + "-approver");
    }

    @AfterEach
    void stop() throws IOException {
        editorBrowser.close();
        approverBrowser.close();
        WorkflowTestData.removeAll(registry, 1);
    }

    @Test
    void anEditorRecommendsAndAnApproverRecordsTheDecisionAfterARefusal() {
        signIn(editorBrowser, "/my-work", EDITOR, EDITOR_PASSWORD);
        editorBrowser.follow(editorBrowser.find("#new-recommendation"));
        editorBrowser.find("#body").clear();
        editorBrowser.find("#body").sendKeys("DAG");
        editorBrowser.find("#subjects").sendKeys("GOVT-1");
        editorBrowser.find("#summary").sendKeys("The test process models, ready");
        editorBrowser.find("#proposal").sendKeys("Approve them");
        editorBrowser.follow(editorBrowser.find("#submit-recommendation"));
        assertThat(editorBrowser.path()).startsWith("/recommendations/REC-");
        assertThat(editorBrowser.find("#subjects").getText()).contains("GOVT-1", "In Review");
        assertThat(editorBrowser.findAll("#decision-form")).isEmpty();
        String recommendation = editorBrowser.path();

        signIn(approverBrowser, "/my-work", APPROVER, APPROVER_PASSWORD);
        approverBrowser.follow(
                approverBrowser
                        .find("[data-section=decisions-to-take]")
                        .findElement(By.cssSelector("a[href='" + recommendation + "']")));
        approverBrowser.find("#outcome-refer-for-work").click();
        approverBrowser.submitRefused(approverBrowser.find("#record-decision"), 400);
        assertThat(approverBrowser.find("#error-summary").getText())
                .contains("The decision was not recorded", "needs its reason (rationale)");

        approverBrowser.find("#outcome-reject").click();
        approverBrowser.find("#rationale").sendKeys("Not aligned to the TOM");
        approverBrowser.follow(approverBrowser.find("#record-decision"));

        assertThat(approverBrowser.path()).isEqualTo(recommendation + "?decided");
        assertThat(approverBrowser.find("#recorded").getText())
                .contains("The decision was recorded");
        assertThat(approverBrowser.find("#subjects").getText()).contains("Rejected");
        assertThat(approverBrowser.find("#decision").getText()).contains("Reject");
        assertThat(approverBrowser.findAll("#decision-form")).isEmpty();
        DocumentContext changes =
                JsonPath.parse(get("/api/changes?size=2", "application/json").body());
        assertThat(changes.read("$.items[*].principal", List.class))
                .containsExactly(APPROVER, EDITOR);
        assertThat(changes.read("$.items[*].route", List.class)).containsExactly("form", "form");
    }

    private static void signIn(Browser browser, String page, String user, String password) {
        browser.open(page);
        browser.follow(browser.find("#sign-in-link"));
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(password);
        browser.follow(browser.find("#sign-in"));
        assertThat(browser.path()).isEqualTo(page);
    }
}
