package org.designregistry.server.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

@WebMvcTest(TraceController.class)
// Security is the integration tests' concern (reads are open); these check what the pages show.
@AutoConfigureMockMvc(addFilters = false)
@Import({SampleRegistryBeans.class, ProblemWriter.class})
class TraceControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void drawsRequirementsByProcessesUnlessAskedOtherwise() throws Exception {
        Document matrix = page(mvc, "/trace/matrix", 200);

        assertThat(matrix.select("#matrix thead th")).hasSize(MatrixTable.COLUMNS_PER_PAGE);
        List<Element> rows = matrix.select("#matrix tbody tr");
        assertThat(rows).hasSize(MatrixTable.ROWS_PER_PAGE);
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.select("td")).hasSize(MatrixTable.COLUMNS_PER_PAGE));
        assertThat(matrix.selectFirst("#matrix-window").text())
                .startsWith("Showing rows 1 to 50 of 64 and columns 1 to 25 of 120");
        assertThat(matrix.select("#matrix td:containsOwn(●)"))
                .isNotEmpty()
                .allSatisfy(td -> assertThat(td.attr("title")).isNotBlank().doesNotContain("/"));
        assertThat(matrix.select("#matrix th a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/resource/"));
        assertThat(matrix.selectFirst("#matrix-rows option[selected]").val())
                .isEqualTo("requirement");
        assertThat(matrix.selectFirst("#matrix-csv").attr("href"))
                .isEqualTo("/api/trace/matrix?rows=requirement&cols=process&format=csv");
        assertThat(matrix.select(".govuk-service-navigation [aria-current=page]").text())
                .isEqualTo("Traceability");
    }

    @Test
    void marksEachLinkedPairWithTheRelationsThatLinkIt() throws Exception {
        Document matrix =
                page(
                        mvc,
                        get("/trace/matrix")
                                .param("rows", "process")
                                .param("cols", "data-item")
                                .param("via", "dr:uses dr:carries"),
                        200);

        Element linked = matrix.selectFirst("#matrix td:containsOwn(●)");
        assertThat(linked.attr("title")).isEqualTo("dr:uses, dr:carries");
        assertThat(linked.text()).isEqualTo("● dr:uses, dr:carries");
        assertThat(matrix.selectFirst("#matrix-summary").text())
                .containsPattern("\\(\\d+ links\\)");
        assertThat(matrix.selectFirst("#matrix-via").val()).isEqualTo("dr:uses dr:carries");
    }

    @Test
    void showsAnUnknownKindOnTheForm() throws Exception {
        Document refused = page(mvc, "/trace/matrix?rows=spaceship&cols=process", 400);

        assertThat(refused.selectFirst("#matrix-error").text()).contains("spaceship");
        assertThat(refused.select("#matrix")).isEmpty();
    }

    @Test
    void listsCoverageByKindAndTheGapsOfEachCheck() throws Exception {
        Document gaps = page(mvc, "/trace/gaps", 200);

        assertThat(gaps.select("#coverage-kinds tbody tr")).isNotEmpty();
        assertThat(gaps.select("#coverage-kinds tbody td a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/browse/"));
        assertThat(gaps.select("#checks tbody tr")).isNotEmpty();
        assertThat(gaps.select("#checks .registry-gaps li a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/resource/"));
    }

    @Test
    void namesTheOwnersOfEachResourceThatFailsACheck() throws Exception {
        Document gaps = page(mvc, "/trace/gaps", 200);

        Element check =
                gaps.selectFirst(
                        "#checks tr[data-check=approved-artefacts-depending-on-unapproved]");
        assertThat(check.select("li[data-gap]").eachAttr("data-gap"))
                .containsExactlyInAnyOrder("DES140", "E2E001");
        assertThat(check.select("li[data-gap] .registry-gap-owners"))
                .allSatisfy(o -> assertThat(o.text()).startsWith("(owned by "));
        assertThat(check.select(".registry-gap-owners a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/resource/"));
    }

    @Test
    void explainsWhyTheMatrixCountDiffersFromTheUnsatisfiedRequirements() throws Exception {
        Document matrix = page(mvc, "/trace/matrix", 200);

        Element why = matrix.selectFirst("#matrix-versus-gaps");
        // The matrix shows its rows a page at a time: count the unlinked rows of every page.
        int unlinked =
                matrix.select("#matrix tbody tr.registry-matrix__unlinked").size()
                        + page(mvc, "/trace/matrix?page=2", 200)
                                .select("#matrix tbody tr.registry-matrix__unlinked")
                                .size();
        assertThat(unlinked).isNotEqualTo(9);
        assertThat(why.select("strong").eachText())
                .containsExactly("9", Integer.toString(unlinked));
        assertThat(why.text()).contains("satisfied by an interface");
        assertThat(
                        page(mvc, "/trace/matrix?rows=process&cols=interface", 200)
                                .select("#matrix-versus-gaps"))
                .isEmpty();
    }

    @Test
    void pagesTheRowsAndColumnsKeepingTheOtherPage() throws Exception {
        Document matrix = page(mvc, "/trace/matrix?page=2&colpage=5", 200);

        assertThat(matrix.select("#matrix tbody tr")).hasSize(14);
        assertThat(matrix.select("#matrix thead th")).hasSize(20);
        assertThat(matrix.selectFirst("#matrix-window").text())
                .startsWith("Showing rows 51 to 64 of 64 and columns 101 to 120 of 120");
        assertThat(matrix.select("nav[aria-label='Rows page'] a[rel=prev]").attr("href"))
                .isEqualTo("/trace/matrix?rows=requirement&cols=process&colpage=5");
        assertThat(matrix.select("nav[aria-label='Columns page'] a[rel=prev]").attr("href"))
                .isEqualTo("/trace/matrix?rows=requirement&cols=process&page=2&colpage=4");
    }

    @Test
    void marksARowLinkedToNoColumnOfTheWholeMatrixNotJustThePage() throws Exception {
        Document matrix = page(mvc, "/trace/matrix", 200);

        assertThat(matrix.select("#matrix tbody tr.registry-matrix__unlinked"))
                .allSatisfy(r -> assertThat(r.select("td:containsOwn(●)")).isEmpty());
        // A row linked only to columns of other pages is not marked.
        assertThat(matrix.select("#matrix tbody tr:not(.registry-matrix__unlinked)"))
                .anySatisfy(r -> assertThat(r.select("td:containsOwn(●)")).isEmpty());
    }

    @Test
    void pagesTheGapsOfOneCheck() throws Exception {
        Document gaps = page(mvc, "/trace/gaps", 200);
        String check = gaps.select("#checks tbody tr").first().attr("data-check");

        Document one = page(mvc, "/trace/gaps?check=" + check, 200);

        assertThat(one.selectFirst("h1").text()).isNotBlank();
        assertThat(one.select("#gaps tbody td[data-column=identifier] a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/resource/"));
        assertThat(one.select(".govuk-breadcrumbs a").eachText())
                .containsExactly("Home", "Traceability", "Coverage gaps");
    }

    @Test
    void refusesAnUnknownCheckNamingTheChecks() throws Exception {
        Document refused = page(mvc, "/trace/gaps?check=spaceships", 404);

        assertThat(refused.text()).contains("spaceships").contains("unsatisfied-requirements");
    }

    @Test
    void breadcrumbsOfTheTraceabilityPagesFollowTheNavigation() throws Exception {
        assertThat(page(mvc, "/trace/matrix", 200).select(".govuk-breadcrumbs a").eachText())
                .containsExactly("Home");
        assertThat(page(mvc, "/trace/gaps", 200).select(".govuk-breadcrumbs a").eachText())
                .containsExactly("Home", "Traceability");
    }
}
