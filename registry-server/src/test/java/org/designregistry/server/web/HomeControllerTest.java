package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;

import java.util.ArrayList;
import java.util.List;
import org.designregistry.server.browse.PagesFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(HomeController.class)
// Security is the integration tests\' concern; these check what the pages show.
@AutoConfigureMockMvc(addFilters = false)
@Import(PagesFixture.class)
class HomeControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void countsResourcesByKindLinkingToEachList() throws Exception {
        Document home = page(mvc, "/", 200);

        assertThat(counts(home, "kind"))
                .contains("Design artefacts 4", "Data items 2", "Workstreams 2");
        assertThat(home.select("#counts-kind a").eachAttr("href")).contains("/browse/artefact");
        // Kinds in the order of Ref.Kind: artefacts before processes before interfaces.
        assertThat(home.select("#counts-kind a").eachText())
                .startsWith("Design artefacts", "Business processes", "Interfaces");
    }

    @Test
    void countsResourcesByWorkstreamAndStatusLinkingToFilteredLists() throws Exception {
        Document home = page(mvc, "/", 200);

        assertThat(counts(home, "workstream")).containsExactly("Registrations 1", "Smart 4");
        assertThat(home.select("#counts-workstream a").eachAttr("href"))
                .containsExactly("/browse?workstream=Registrations", "/browse?workstream=Smart");
        assertThat(counts(home, "status")).containsExactly("Approved 1", "Draft 3");
        assertThat(home.select("#counts-status a").eachAttr("href"))
                .containsExactly("/browse?status=Approved", "/browse?status=Draft");
    }

    @Test
    void showsViolationsByShapeLinkedToTheResourcesAtFault() throws Exception {
        Document home = page(mvc, "/", 200);

        assertThat(home.select(".registry-shape summary").eachText())
                .contains("business process: identifier: 1 violation", "owner: 1 violation");
        Element identifier =
                home.select(".registry-shape").stream()
                        .filter(
                                d ->
                                        d.selectFirst("summary")
                                                .text()
                                                .startsWith("business process: identifier"))
                        .findFirst()
                        .orElseThrow();
        assertThat(identifier.select("li a").eachAttr("href"))
                .containsExactly("/resource/process/BADP");
        assertThat(identifier.text()).contains("BPnnn").contains("dcterms:identifier = BADP");
        assertThat(home.select(".govuk-tag--red").text()).isEqualTo("Does not conform");
    }

    @Test
    void listsTheLatestDecisionsNewestFirst() throws Exception {
        Document home = page(mvc, "/", 200);

        assertThat(home.select("#recent-decisions tbody tr"))
                .extracting(
                        tr ->
                                tr.select("td").get(0).text()
                                        + " | "
                                        + tr.select("td a").first().text())
                .containsExactly(
                        "12 Jan 2022 | Refer the E2E architecture for more work",
                        "8 Dec 2021 | Reject the first E2E architecture",
                        "17 Nov 2021 | Approve the Interface List");
        assertThat(home.select("#recent-decisions td:eq(3) a").eachAttr("href"))
                .containsOnly("/resource/body/DAG");
    }

    @Test
    void startsWithASkipLinkToTheMainContent() throws Exception {
        Document home = page(mvc, "/", 200);

        Element firstLink = home.body().selectFirst("a");
        assertThat(firstLink.hasClass("govuk-skip-link")).isTrue();
        assertThat(firstLink.attr("href")).isEqualTo("#main-content");
        assertThat(home.select("main#main-content")).hasSize(1);
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.select(".govuk-service-navigation__item--active").text()).isEqualTo("Home");
    }

    @Test
    void loadsEveryScriptAndStylesheetFromTheApp() throws Exception {
        Document home = page(mvc, "/", 200);

        List<String> assets = new ArrayList<>(home.select("script[src]").eachAttr("src"));
        assets.addAll(home.select("link[href]").eachAttr("href"));
        assertThat(assets).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("/"));
        assertThat(home.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/assets/govuk/govuk-frontend.min.css", "/css/registry.css");
    }

    private static List<String> counts(Document home, String facet) {
        return home.select("#counts-" + facet + " tbody tr").eachText();
    }
}
