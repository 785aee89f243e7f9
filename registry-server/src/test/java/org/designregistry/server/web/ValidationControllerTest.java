package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.designregistry.model.browse.Health;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.server.browse.PagesFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ValidationController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(PagesFixture.class)
class ValidationControllerTest {

    @Autowired MockMvc mvc;
    @Autowired RegistryBrowser browser;

    @Test
    void listsTheResourcesAtFaultForOneShape() throws Exception {
        Health.ShapeGroup shape = browser.health().shapes().get(0);

        Document page =
                page(
                        mvc,
                        get("/validation")
                                .param("shape", shape.shapeIri())
                                .param("severity", shape.severity().name()),
                        200);

        assertThat(page.selectFirst("h1").text()).isEqualTo(shape.label());
        assertThat(page.select("#offences li")).hasSize(shape.offences().size());
        assertThat(page.select("#offences a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/resource/"));
        assertThat(page.select(".govuk-breadcrumbs a").eachText())
                .containsExactly("Home", "Validation health");
    }

    @Test
    void answers404ForAShapeNothingFails() throws Exception {
        Document page = page(mvc, "/validation?shape=https://example.org/NoSuchShape", 404);

        assertThat(page.text()).contains("https://example.org/NoSuchShape");
    }

    @Test
    void refusesAnUnknownSeverityNamingTheSeverities() throws Exception {
        Document page = page(mvc, "/validation?shape=x&severity=loud", 400);

        assertThat(page.text()).contains("loud").contains("VIOLATION");
    }
}
