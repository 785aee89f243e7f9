package org.designregistry.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;

import java.util.List;
import org.designregistry.server.impact.SampleRegistryBeans;
import org.designregistry.server.web.ProblemWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SearchController.class)
// Security is the integration tests' concern (reads are open); these check what the page shows.
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, ProblemWriter.class})
class SearchControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void showsTheBoxAloneWithoutWords() throws Exception {
        Document empty = page(mvc, "/search", 200);

        assertThat(empty.selectFirst("#search-q").val()).isEmpty();
        assertThat(empty.selectFirst("#search-q").attr("data-suggest")).isEqualTo("/api/suggest");
        assertThat(empty.select("#search-hits, #search-count, .registry-facet")).isEmpty();
        assertThat(empty.select("nav [aria-current=page]").text()).isEqualTo("Search");
    }

    @Test
    void listsHitsBestFirstEachALinkToItsPageWithTheMatchHighlighted() throws Exception {
        Document gsp = page(mvc, "/search?q=GSP", 200);

        List<Element> hits = gsp.select("#search-hits > li");
        assertThat(hits).isNotEmpty();
        assertThat(gsp.select("#search-hits h3 a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/resource/"))
                .contains("/resource/data-item/DI-037");
        assertThat(gsp.select("#search-hits mark").eachText())
                .isNotEmpty()
                .allMatch(t -> t.equalsIgnoreCase("GSP"));
        assertThat(gsp.selectFirst("#search-count").text()).startsWith("Showing 1 to ");
        assertThat(gsp.title()).isEqualTo("GSP - Search - Design Registry");
    }

    @Test
    void countsEachFacetValueAndFiltersOnTheOnesTicked() throws Exception {
        Document all = page(mvc, "/search?q=GSP", 200);
        Element dataItems = all.selectFirst("#facet-type input[value=DataItem]");
        String count =
                all.selectFirst("label[for=" + dataItems.id() + "] .registry-muted")
                        .text()
                        .replaceAll("[()]", "");

        Document filtered = page(mvc, "/search?q=GSP&type=DataItem", 200);

        assertThat(filtered.selectFirst("#search-count").text()).endsWith("of " + count);
        assertThat(filtered.select("#search-hits .govuk-tag").eachText())
                .allMatch(t -> t.equals("data item"));
        assertThat(filtered.select("#facet-type input[checked]").eachAttr("value"))
                .containsExactly("DataItem");
    }

    @Test
    void pagesThroughManyHitsKeepingTheFilters() throws Exception {
        Document first = page(mvc, "/search?type=BusinessProcess", 200);

        assertThat(first.selectFirst("#search-count").text()).isEqualTo("Showing 1 to 20 of 120");
        assertThat(first.selectFirst(".govuk-pagination__next a").attr("href"))
                .isEqualTo("/search?type=BusinessProcess&page=2");
        Document second = page(mvc, "/search?type=BusinessProcess&page=2", 200);
        assertThat(second.selectFirst("#search-count").text()).isEqualTo("Showing 21 to 40 of 120");
        assertThat(second.selectFirst("#search-hits").attr("start")).isEqualTo("21");
    }

    @Test
    void explainsARefusedSearch() throws Exception {
        assertThat(
                        page(mvc, "/search?q=" + "x".repeat(501), 400)
                                .selectFirst("#search-error")
                                .text())
                .contains("at most 500");
        assertThat(page(mvc, "/search?q=GSP&page=zero", 400).selectFirst("#search-error").text())
                .contains("'zero'");
    }
}
