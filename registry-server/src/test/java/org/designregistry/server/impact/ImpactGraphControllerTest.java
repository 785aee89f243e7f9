package org.designregistry.server.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.designregistry.server.web.ProblemWriter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph's cap on the page and at {@code GET /api/impact/graph}: DI-037 touches 126 resources in
 * the MHHS sample, more than the 30 allowed here.
 */
@WebMvcTest(
        controllers = {ImpactController.class, ImpactGraphApiController.class},
        properties = "registry.impact.graph.max-nodes=30")
// Security is the integration tests' concern (reads are open); these check the answers.
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, ProblemWriter.class})
@EnableConfigurationProperties(ImpactGraphProperties.class)
class ImpactGraphControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;

    @Test
    void capsThePagesGraphAndSaysSoWhileTheTableListsEveryHit() throws Exception {
        Document impact = page(mvc, "/impact?from=DI-037", 200);

        JsonNode graph = JSON.readTree(impact.selectFirst("#impact-graph").attr("data-graph"));
        int hits = impact.select("#hits tbody tr").size();
        assertThat(hits).isGreaterThan(30);
        assertThat(graph.get("nodes")).hasSize(30);
        assertThat(graph.get("total").asInt()).isEqualTo(hits + 1);
        assertThat(graph.get("capped").asBoolean()).isTrue();
        assertThat(impact.selectFirst("#graph-capped").text())
                .contains("30 resources nearest the start, of " + (hits + 1))
                .contains("registry.impact.graph.max-nodes");
        assertThat(impact.selectFirst("#graph-legend-more")).isNotNull();
        assertThat(impact.selectFirst("#graph-panel").attr("data-graph-api"))
                .isEqualTo("/api/impact/graph?direction=downstream");
    }

    @Test
    void keepsTheNearestResourcesAndMarksThoseThatLinkBeyondTheCap() throws Exception {
        JsonNode graph = json(get("/api/impact/graph").param("from", "DI-037"), 200);

        assertThat(graph.get("nodes")).hasSize(30);
        assertThat(graph.get("cap").asInt()).isEqualTo(30);
        assertThat(graph.get("capped").asBoolean()).isTrue();
        assertThat(graph.get("nodes").get(0).get("start").asBoolean()).isTrue();
        int depth = 0;
        Set<String> ids = new HashSet<>();
        for (JsonNode node : graph.get("nodes")) {
            assertThat(node.get("depth").asInt()).as("nearest first").isGreaterThanOrEqualTo(depth);
            depth = node.get("depth").asInt();
            ids.add(node.get("id").asString());
        }
        for (JsonNode edge : graph.get("edges")) {
            assertThat(ids).contains(edge.get("source").asString(), edge.get("target").asString());
            assertThat(edge.get("label").asString()).isNotBlank();
        }
        assertThat(graph.get("nodes").valueStream().filter(n -> n.get("more").asBoolean()))
                .as("the start links on to hits left out")
                .isNotEmpty();
    }

    @Test
    void answersWhatOneResourceTouchesNextForTheGraphToExpand() throws Exception {
        JsonNode graph =
                json(
                        get("/api/impact/graph")
                                .param("from", "interface:IF-041")
                                .param("depth", "1"),
                        200);

        assertThat(graph.get("capped").asBoolean()).isFalse();
        assertThat(graph.get("maxDepth").asInt()).isEqualTo(1);
        String start = graph.get("nodes").get(0).get("id").asString();
        assertThat(graph.get("nodes").size()).isGreaterThan(1);
        assertThat(graph.get("edges").valueStream().map(e -> e.get("source").asString()))
                .containsOnly(start);
    }

    @Test
    void takesALowerNodeCapButRefusesOneAboveTheConfiguredCap() throws Exception {
        assertThat(
                        json(
                                        get("/api/impact/graph")
                                                .param("from", "DI-037")
                                                .param("maxNodes", "5"),
                                        200)
                                .get("nodes"))
                .hasSize(5);

        JsonNode problem =
                json(get("/api/impact/graph").param("from", "DI-037").param("maxNodes", "31"), 400);
        assertThat(problem.get("detail").asString())
                .contains("between 1 and 30")
                .contains("registry.impact.graph.max-nodes");
        assertThat(json(get("/api/impact/graph").param("from", "NO-SUCH-1"), 400).get("detail"))
                .isNotNull();
    }

    private JsonNode json(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
