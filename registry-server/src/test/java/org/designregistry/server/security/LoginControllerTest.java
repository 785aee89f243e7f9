package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;

import org.designregistry.server.web.WebSliceBeans;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LoginController.class)
// The form's POST is Spring Security's, tested over HTTP; this checks the page.
@AutoConfigureMockMvc(addFilters = false)
@Import(WebSliceBeans.class)
@EnableConfigurationProperties(AccessProperties.class)
class LoginControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void asksForUserNameAndPasswordAndPostsToLogin() throws Exception {
        Document login = page(mvc, "/login", 200);

        assertThat(login.title()).isEqualTo("Sign in - Design Registry");
        assertThat(login.selectFirst("#login-form").attr("action")).isEqualTo("/login");
        assertThat(login.selectFirst("#username").attr("autocomplete")).isEqualTo("username");
        assertThat(login.selectFirst("#password").attr("type")).isEqualTo("password");
        assertThat(login.select("#login-error, #signed-out, input[name=to]")).isEmpty();
        assertThat(login.select("#sign-in-link")).isEmpty();
    }

    @Test
    void tellsANewcomerHowToMakeAUserWhenThereIsNone() throws Exception {
        assertThat(page(mvc, "/login", 200).selectFirst("#no-users").text())
                .contains("no users yet")
                .contains("hash-password");
    }

    @Test
    void saysWhenTheUserNameOrPasswordWasWrong() throws Exception {
        Document failed = page(mvc, "/login?error", 200);

        assertThat(failed.title()).startsWith("Error: ");
        assertThat(failed.selectFirst("#login-error").text())
                .contains("The user name or password is not right");
        assertThat(failed.selectFirst("#username").attr("aria-describedby"))
                .isEqualTo("username-error");
    }

    @Test
    void confirmsSigningOut() throws Exception {
        assertThat(page(mvc, "/login?logout", 200).selectFirst("#signed-out").text())
                .contains("You have signed out");
    }

    @Test
    void carriesTheLocalPageToReturnToButNoOtherSite() throws Exception {
        assertThat(
                        page(mvc, "/login?to=/resource/data-item/DI-037", 200)
                                .selectFirst("input[name=to]")
                                .val())
                .isEqualTo("/resource/data-item/DI-037");
        assertThat(page(mvc, "/login?to=https://evil.example/", 200).select("input[name=to]"))
                .isEmpty();
    }
}
