package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;

class ReturnToPageHandlerTest {

    private final ReturnToPageHandler handler = new ReturnToPageHandler();

    @Test
    void returnsToTheLocalPageTheLoginFormNames() throws Exception {
        assertThat(signInWith("/resource/data-item/DI-037?tab=links"))
                .isEqualTo("/resource/data-item/DI-037?tab=links");
    }

    @Test
    void neverFollowsAnotherSitesAddress() throws Exception {
        assertThat(signInWith("https://evil.example/")).isEqualTo("/");
        assertThat(signInWith("//evil.example/")).isEqualTo("/");
        assertThat(signInWith("/\\evil.example/")).isEqualTo("/");
        assertThat(signInWith("/ok\r\nSet-Cookie: x")).isEqualTo("/");
    }

    @Test
    void goesHomeWhenTheFormNamesNoPage() throws Exception {
        assertThat(signInWith(null)).isEqualTo("/");
    }

    private String signInWith(String to) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        if (to != null) {
            request.setParameter(ReturnToPageHandler.PARAMETER, to);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(
                request, response, new TestingAuthenticationToken("edith", "x", "ROLE_EDITOR"));
        return response.getRedirectedUrl();
    }
}
