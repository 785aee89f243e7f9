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
                        "Workstreams", "Working groups", "Approving bodies", "Constituencies");
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
                .isEqualTo("/api/impact?q=GSP%20Group%20ID&direction=downstream&format=csv");
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
