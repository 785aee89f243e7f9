package org.designregistry.server.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.designregistry.server.web.ProblemWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(ImpactController.class)
// Security is the integration tests' concern (reads are open); these check what the page shows.
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, ProblemWriter.class})
@EnableConfigurationProperties(ImpactGraphProperties.class)
class ImpactControllerTest {

    private static final String DR = "https://w3id.org/design-registry#";

    @Autowired MockMvc mvc;

    @Test
    void showsTheFormAloneWithoutAStart() throws Exception {
        Document empty = page(mvc, "/impact", 200);

        assertThat(empty.selectFirst("#impact-from").val()).isEmpty();
        assertThat(empty.selectFirst("#impact-from").attr("data-suggest"))
                .isEqualTo("/api/suggest");
        assertThat(empty.select("#" + empty.selectFirst("#impact-from").attr("list"))).hasSize(1);
        assertThat(empty.select("#hits, #impact-graph, #impact-error")).isEmpty();
        assertThat(empty.select("#impact-form input[name=relations]").eachAttr("value"))
                .contains(DR + "carries")
                .noneMatch(String::isBlank);
        assertThat(empty.select("nav [aria-current=page]").text()).isEqualTo("Impact");
    }

    @Test
    void listsTheHitsWithTheirPathsEachResourceALink() throws Exception {
        Document impact = page(mvc, "/impact?from=data-item:DI-037", 200);

        assertThat(impact.selectFirst("#impact-from").val()).isEqualTo("data-item:DI-037");
        List<Element> rows = impact.select("#hits tbody tr");
        assertThat(rows).hasSizeGreaterThan(26);
        Element first =
                rows.stream()
                        .filter(r -> r.selectFirst("td a").attr("href").contains("/interface/"))
                        .findFirst()
                        .orElseThrow();
        assertThat(first.attr("data-depth")).isEqualTo("1");
        assertThat(first.selectFirst("td a").attr("href")).startsWith("/resource/interface/IF-");
        Element path = first.selectFirst(".registry-path p");
        assertThat(path.text()).startsWith("DI-037 carried by → IF-");
        assertThat(path.select("a").eachAttr("href"))
                .first()
                .isEqualTo("/resource/data-item/DI-037");
        assertThat(impact.select("#hits .registry-path a").eachAttr("href"))
                .allMatch(href -> href.startsWith("/resource/"));
        assertThat(impact.selectFirst("#summary-heading").text())
                .isEqualTo(rows.size() + " resources touched");
    }

    @Test
    void summarisesDecisionsToRevisitAndWhoToInvolve() throws Exception {
        Document impact = page(mvc, "/impact?from=DI-037", 200);

        Element revisit = impact.selectFirst("#revisits tbody tr");
        assertThat(revisit.select("td").get(2).text()).contains("(Level");
        assertThat(revisit.select("a").eachAttr("href"))
                .hasSize(3)
                .allMatch(href -> href.startsWith("/resource/"));
        assertThat(impact.select("#involve dt").eachText())
                .containsExactly(
                        "Workstreams",
                        "Working groups",
                        "Approving bodies",
                        "Market roles",
                        "Constituencies on those working groups");
        assertThat(impact.select("#involve dd a").eachAttr("href"))
                .isNotEmpty()
                .allMatch(href -> href.startsWith("/resource/"));
    }

    @Test
    void offersTheReportAsCsvAndMarkdownForTheSameQuery() throws Exception {
        Document impact =
                page(
                        mvc,
                        get("/impact")
                                .param("from", "DI-037")
                                .param("direction", "upstream")
                                .param("depth", "2")
                                .param("relations", DR + "carries"),
                        200);

        assertThat(impact.selectFirst("#download-csv").attr("href"))
                .isEqualTo(
                        "/api/impact?from=DI-037&direction=upstream&depth=2"
                                + "&relations=https%3A%2F%2Fw3id.org%2Fdesign-registry%23carries"
                                + "&format=csv");
        assertThat(impact.selectFirst("#download-markdown").attr("href")).endsWith("&format=md");
        assertThat(impact.selectFirst("#impact-direction option[selected]").val())
                .isEqualTo("upstream");
        assertThat(impact.selectFirst("#impact-depth").val()).isEqualTo("2");
        assertThat(impact.select("input[name=relations][checked]").eachAttr("value"))
                .containsExactly(DR + "carries");
    }

    @Test
    void embedsTheGraphOfTheStartAndItsHits() throws Exception {
        Document impact = page(mvc, "/impact?from=DI-037&depth=2", 200);

        JsonNode graph =
                JsonMapper.builder()
                        .build()
                        .readTree(impact.selectFirst("#impact-graph").attr("data-graph"));
        int hits = impact.select("#hits tbody tr").size();
        assertThat(graph.get("nodes")).hasSize(hits + 1);
        JsonNode start = graph.get("nodes").get(0);
        assertThat(start.get("start").asBoolean()).isTrue();
        assertThat(start.get("href").asString()).isEqualTo("/resource/data-item/DI-037");
        assertThat(start.get("kind").asString()).isEqualTo("data-item");
        assertThat(graph.get("maxDepth").asInt()).isEqualTo(2);
        assertThat(graph.get("edges").size()).isGreaterThanOrEqualTo(hits);
        assertThat(impact.select("#graph-legend [data-kind]").eachAttr("data-kind"))
                .startsWith("data-item")
                .contains("interface", "artefact");
        assertThat(impact.select("script[src]").eachAttr("src"))
                .contains("/assets/cytoscape/cytoscape.min.js", "/js/impact-graph.js");
    }

    @Test
    void keysTheStartAsAStarAndHasALiveLineForTheNodeTheKeyboardSelects() throws Exception {
        Document impact = page(mvc, "/impact?from=DI-037&depth=2", 200);

        assertThat(impact.selectFirst("#graph-legend-start").text())
                .isEqualTo("Where the change starts (the star)");
        assertThat(impact.select("#graph-legend-start svg polygon")).hasSize(1);
        assertThat(impact.selectFirst("#graph-focus").attr("aria-live")).isEqualTo("polite");
        assertThat(impact.selectFirst("#graph-expand").tagName()).isEqualTo("button");
    }

    @Test
    void startsFromTheBestHitsOfASearch() throws Exception {
        Document impact = page(mvc, get("/impact").param("q", "GSP Group ID"), 200);

        assertThat(impact.selectFirst("#impact-q").val()).isEqualTo("GSP Group ID");
        assertThat(impact.select("#impact-starts a").eachAttr("href"))
                .contains("/resource/data-item/DI-037")
                .allMatch(h -> h.startsWith("/resource/"));
        assertThat(impact.selectFirst("#impact-starts").text()).contains("found by the search");
        assertThat(impact.select("#hits tbody tr")).isNotEmpty();
        assertThat(impact.selectFirst("#download-csv").attr("href"))
                .isEqualTo(
                        "/api/impact?q=GSP%20Group%20ID&direction=downstream&depth=3&format=csv");
    }

    @Test
    void opensWithAHeaderBlockAndListsTheOwnerOfEachHit() throws Exception {
        Document impact = page(mvc, "/impact?from=DI-037", 200);

        assertThat(impact.select("#report-header dt").eachText())
                .containsExactly("Change to", "Asked", "When", "Data version", "By");
        assertThat(impact.select("#report-header dd").get(1).text())
                .startsWith("downstream, depth at most 3");
        assertThat(impact.select("#report-header dd").get(4).text()).isEqualTo("anonymous");
        assertThat(impact.select("#hits thead th").eachText()).contains("Owner");
        Element if072 = impact.selectFirst("#hits tr:has(a[href$=/IF-072])");
        assertThat(if072.selectFirst(".registry-owner").text()).isEqualTo("Elexon Central Systems");
        assertThat(impact.selectFirst("#download-xlsx").attr("href")).endsWith("&format=xlsx");
    }

    @Test
    void followsTheDefaultDepthRanksNearestFirstAndOffersToShowMore() throws Exception {
        Document first = page(mvc, "/impact?from=DI-037", 200);

        assertThat(first.selectFirst("#impact-depth").val()).isEqualTo("3");
        List<Integer> depths =
                first.select("#hits tbody tr").eachAttr("data-depth").stream()
                        .map(Integer::valueOf)
                        .toList();
        assertThat(depths).isSorted().contains(1, 3).allMatch(d -> d <= 3);
        assertThat(first.selectFirst("#show-more").attr("href"))
                .isEqualTo("/impact?from=DI-037&direction=downstream&depth=4");
        assertThat(first.selectFirst("#show-all").attr("href"))
                .isEqualTo("/impact?from=DI-037&direction=downstream&depth=");

        Document all = page(mvc, "/impact?from=DI-037&direction=downstream&depth=", 200);
        assertThat(all.select("#hits tbody tr").eachAttr("data-depth")).contains("4");
        assertThat(all.select("#show-more")).isEmpty();
        assertThat(all.selectFirst("#impact-depth").val()).isEmpty();
    }

    @Test
    void keepsWhatTheChangeDependsOnApartFromWhatItAlters() throws Exception {
        Document impact = page(mvc, "/impact?from=artefact:DBP001&direction=both&depth=", 200);

        assertThat(impact.select("#revisits tbody tr td:first-child").eachText())
                .doesNotContain("CR002");
        assertThat(impact.select("#upstream-approvals tbody tr td:first-child").eachText())
                .contains("CR002");
        assertThat(impact.select("#hits-upstream tbody tr")).isNotEmpty();
        assertThat(impact.select("#hits tbody tr a[href$=/CR002]")).isEmpty();
        assertThat(impact.select("#involve li[data-party=Ofgem]")).isEmpty();
        assertThat(impact.selectFirst("#impact-directions").text()).contains("upstream");
    }

    @Test
    void saysWhyEachPartyIsInvolved() throws Exception {
        Document impact = page(mvc, "/impact?from=DI-037", 200);

        Element vas = impact.selectFirst("#involve li[data-party=VAS]");
        assertThat(vas.selectFirst(".registry-because").text())
                .startsWith("because of")
                .contains("IF-072");
        assertThat(impact.select("#involve li[data-party=SUP]")).hasSize(1);
    }

    @Test
    void showsARefusedQueryOnTheFormWithItsReason() throws Exception {
        Document unknown = page(mvc, "/impact?from=NOPE-1", 400);
        assertThat(unknown.selectFirst("#impact-error").text()).contains("NOPE-1");
        assertThat(unknown.selectFirst("#impact-from").val()).isEqualTo("NOPE-1");
        assertThat(unknown.select("#hits")).isEmpty();

        assertThat(page(mvc, "/impact?from=DI-037&depth=two", 400).selectFirst("#impact-error"))
                .extracting(Element::text)
                .asString()
                .contains("whole number");
        assertThat(
                        page(mvc, "/impact?from=DI-037&direction=sideways", 400)
                                .selectFirst("#impact-error")
                                .text())
                .contains("sideways");
    }
}
