package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.designregistry.server.browse.PagesFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebMvcTest(HomeController.class)
// Security is the integration tests\' concern; these check what the pages show.
@AutoConfigureMockMvc(addFilters = false)
@Import(PagesFixture.class)
class WebConfigurationTest {

    @Autowired MockMvc mvc;

    @Test
    void servesTheGovukStylesheetWithTheFallbackFontOnly() throws Exception {
        MockHttpServletResponse css = get("/assets/govuk/govuk-frontend.min.css");

        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentType()).startsWith("text/css");
        String text = css.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains(".govuk-link{font-family:arial,sans-serif")
                .doesNotContain("GDS Transport")
                .doesNotContain("@font-face");
    }

    @Test
    void doesNotServeTheGdsTransportFont() throws Exception {
        assertThat(get("/assets/govuk/assets/fonts/light-94a07e06a1-v2.woff2").getStatus())
                .isEqualTo(404);
        assertThat(get("/assets/govuk/assets/fonts/bold-b542beb274-v2.woff2").getStatus())
                .isEqualTo(404);
    }

    @Test
    void servesTheGovukScriptAndThePagesOwnFiles() throws Exception {
        MockHttpServletResponse script = get("/assets/govuk/govuk-frontend.min.js");

        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getContentAsString(StandardCharsets.UTF_8)).contains("initAll");
        assertThat(get("/js/registry.js").getContentAsString(StandardCharsets.UTF_8))
                .contains("../assets/govuk/govuk-frontend.min.js");
        assertThat(get("/js/supported.js").getStatus()).isEqualTo(200);
        assertThat(get("/css/registry.css").getStatus()).isEqualTo(200);
        assertThat(get("/favicon.svg").getStatus()).isEqualTo(200);
    }

    @Test
    void servesCytoscapeFromItsWebjar() throws Exception {
        MockHttpServletResponse script = get("/assets/cytoscape/cytoscape.min.js");

        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getContentType()).contains("javascript");
        assertThat(script.getContentAsString(StandardCharsets.UTF_8)).contains("cytoscape");
        assertThat(WebConfiguration.webjarVersion("cytoscape")).matches("3\\.\\d+\\.\\d+");
    }

    @Test
    void servesYasguiFromItsWebjar() throws Exception {
        MockHttpServletResponse script = get("/assets/yasgui/yasgui.min.js");
        MockHttpServletResponse css = get("/assets/yasgui/yasgui.min.css");

        assertThat(script.getStatus()).isEqualTo(200);
        assertThat(script.getContentType()).contains("javascript");
        assertThat(script.getContentAsString(StandardCharsets.UTF_8))
                .contains("Yasgui")
                .contains("Yasqe");
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(css.getContentAsString(StandardCharsets.UTF_8))
                .contains(".yasqe")
                .as("no fonts or images fetched from elsewhere")
                .doesNotContain("url(");
        assertThat(WebConfiguration.webjarVersion("zazuko__yasgui")).matches("4\\.\\d+\\.\\d+");
    }

    @Test
    void findsTheWebjarVersion() {
        assertThat(WebConfiguration.govukFrontendVersion()).matches("5\\.\\d+\\.\\d+");
    }

    private MockHttpServletResponse get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
    }
}
