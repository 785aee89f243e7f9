package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.designregistry.server.web.WebSliceBeans;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(QueryController.class)
// Security is the integration tests' concern (reads are open); these check what the page shows.
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleQueries.class, WebSliceBeans.class})
class QueryControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void opensWithTheFirstSampleAndListsEverySampleOneClickAway() throws Exception {
        Document query = page(mvc, "/query", 200);

        assertThat(query.selectFirst("#query-text").text())
                .startsWith("# Traceability matrix")
                .contains("SELECT DISTINCT ?requirement");
        assertThat(query.select(".registry-samples a").eachAttr("href"))
                .hasSize(10)
                .contains("/query?sample=decisions-to-revisit", "/query?sample=trace-matrix");
        assertThat(query.selectFirst(".registry-samples a[aria-current]").text())
                .isEqualTo(
                        "Traceability matrix: requirements by the business processes that"
                                + " satisfy them.");
        assertThat(query.select("nav [aria-current=page]").text()).isEqualTo("SPARQL");
    }

    @Test
    void loadsYasguiFromTheAppAndTellsItWhereTheEndpointAndTheResourcePagesAre() throws Exception {
        Document query = page(mvc, "/query", 200);

        assertThat(query.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/assets/yasgui/yasgui.min.css");
        assertThat(query.select("main script").eachAttr("src"))
                .containsExactly("/assets/yasgui/yasgui.min.js", "/js/sparql-page.js");
        assertThat(query.select("script[src]").eachAttr("abs:src"))
                .as("nothing from a CDN")
                .allSatisfy(src -> assertThat(src).startsWith("http://localhost/"));
        assertThat(query.select("link[href]").eachAttr("abs:href"))
                .allSatisfy(href -> assertThat(href).startsWith("http://localhost/"));
        assertThat(query.selectFirst("#query-form").attr("action")).isEqualTo("/sparql");
        assertThat(query.selectFirst("#query-results").attr("data-iri-page"))
                .isEqualTo("/resource?iri=");
        assertThat(query.selectFirst("#query-status").attr("aria-live")).isEqualTo("polite");
    }

    @Test
    void loadsTheSampleChosen() throws Exception {
        Document query = page(mvc, "/query?sample=gap-unowned-artefacts", 200);

        assertThat(query.selectFirst("#query-text").text()).contains("SELECT");
        assertThat(query.selectFirst(".registry-samples a[aria-current]").attr("href"))
                .isEqualTo("/query?sample=gap-unowned-artefacts");
    }

    @Test
    void opensAQueryOfOnesOwn() throws Exception {
        Document query = page(mvc, get("/query").param("query", "ASK { ?s ?p \"<b>\" }"), 200);

        assertThat(query.selectFirst("#query-text").text()).isEqualTo("ASK { ?s ?p \"<b>\" }");
        assertThat(query.select("#query-text b")).isEmpty();
    }

    @Test
    void saysWhenThereIsNoSuchSample() throws Exception {
        Document missing = page(mvc, "/query?sample=nope", 404);

        assertThat(missing.selectFirst("#sample-error").text()).contains("'nope'");
        assertThat(missing.select(".registry-samples a")).hasSize(10);
    }
}
