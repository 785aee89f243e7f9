package org.designregistry.server.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.web.HtmlPages.page;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(BrowseController.class)
// Security is the integration tests\' concern; these check what the pages show.
@AutoConfigureMockMvc(addFilters = false)
@Import(PagesFixture.class)
class BrowseControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void listsOneKindEachLinkedToItsPage() throws Exception {
        Document artefacts = page(mvc, "/browse/artefact", 200);

        assertThat(artefacts.selectFirst("h1").text()).isEqualTo("Design artefacts");
        assertThat(identifiers(artefacts)).containsExactly("BP009", "DES138", "DES200", "E2E001");
        assertThat(artefacts.select("table.registry-list tbody td:eq(0) a").eachAttr("href"))
                .containsExactly(
                        "/resource/artefact/BP009",
                        "/resource/artefact/DES138",
                        "/resource/artefact/DES200",
                        "/resource/artefact/E2E001");
        assertThat(artefacts.selectFirst("#result-count").text()).isEqualTo("Showing 1 to 4 of 4");
    }

    @Test
    void offersFiltersWithCounts() throws Exception {
        Document artefacts = page(mvc, "/browse/artefact", 200);

        assertThat(options(artefacts, "status")).containsExactly("Approved (1)", "Draft (3)");
        assertThat(options(artefacts, "workstream"))
                .containsExactly("Registrations (1)", "Smart (3)");
        assertThat(options(artefacts, "phase"))
                .containsExactly("Logical Design (3)", "Physical Design (1)");
        assertThat(artefacts.select("#filter-kind")).isEmpty();
    }

    @Test
    void narrowsTheListByFilters() throws Exception {
        Document drafts = page(mvc, "/browse/artefact?status=Draft&workstream=Smart", 200);

        assertThat(identifiers(drafts)).containsExactly("BP009", "DES200", "E2E001");
        assertThat(drafts.select("#filter-status input[checked]").eachAttr("value"))
                .containsExactly("Draft");
        assertThat(options(drafts, "status")).containsExactly("Draft (3)");
    }

    @Test
    void treatsABlankFilterAsAny() throws Exception {
        assertThat(identifiers(page(mvc, "/browse/artefact?status=&phase=", 200))).hasSize(4);
    }

    @Test
    void saysWhenNothingMatches() throws Exception {
        Document none = page(mvc, "/browse/artefact?status=Superseded", 200);

        assertThat(none.selectFirst("#result-count").text())
                .isEqualTo("Nothing matches these filters.");
        assertThat(options(none, "status")).contains("Superseded (0)");
    }

    @Test
    void labelsAChosenPhaseThatNothingMatches() throws Exception {
        Document dataItems = page(mvc, "/browse/data-item?phase=LogicalDesign", 200);

        assertThat(options(dataItems, "phase")).containsExactly("Logical Design (0)");
    }

    @Test
    void namesEachResourceOnceWhenItsLabelStartsWithItsIdentifier() throws Exception {
        Document dataItems = page(mvc, "/browse/data-item", 200);

        assertThat(dataItems.select("table.registry-list tbody tr").eachText())
                .anyMatch(row -> row.startsWith("DI-038 Metering Point Effective From Date"))
                .noneMatch(row -> row.startsWith("DI-038 DI-038"));
    }

    @Test
    void pagesThroughLongLists() throws Exception {
        Document first = page(mvc, "/browse/artefact?size=3", 200);

        assertThat(identifiers(first)).containsExactly("BP009", "DES138", "DES200");
        String next = first.selectFirst(".govuk-pagination__next a").attr("href");
        assertThat(next).isEqualTo("/browse/artefact?size=3&page=2");
        Document second = page(mvc, next, 200);
        assertThat(identifiers(second)).containsExactly("E2E001");
        assertThat(second.selectFirst("#result-count").text()).isEqualTo("Showing 4 to 4 of 4");
        assertThat(second.select(".govuk-pagination__item--current a").text()).isEqualTo("2");
        assertThat(second.select(".govuk-pagination__next")).isEmpty();
    }

    @Test
    void keepsTheFiltersWhenPaging() throws Exception {
        Document first = page(mvc, "/browse/artefact?status=Draft&size=2", 200);

        assertThat(first.selectFirst(".govuk-pagination__next a").attr("href"))
                .isEqualTo("/browse/artefact?status=Draft&size=2&page=2");
    }

    @Test
    void titlesTheListByItsFilters() throws Exception {
        Document drafts = page(mvc, "/browse/artefact?status=Draft&workstream=Smart", 200);
        Document interfaces = page(mvc, "/browse?kind=interface", 200);

        assertThat(drafts.title()).isEqualTo("Design artefacts: Smart, Draft - Design Registry");
        assertThat(drafts.selectFirst("#list-filters").text())
                .isEqualTo("Filtered by Smart, Draft");
        assertThat(interfaces.title()).isEqualTo("Interfaces - Design Registry");
        assertThat(interfaces.selectFirst("h1").text()).isEqualTo("Interfaces");
        assertThat(page(mvc, "/browse", 200).title()).isEqualTo("All resources - Design Registry");
    }

    @Test
    void listsEveryKindAndFiltersByKind() throws Exception {
        Document all = page(mvc, "/browse", 200);

        assertThat(all.selectFirst("h1").text()).isEqualTo("All resources");
        assertThat(options(all, "kind")).contains("Design artefacts (4)", "Interfaces (2)");
        assertThat(identifiers(page(mvc, "/browse?kind=interface", 200)))
                .containsExactly("IF-001", "IF-002");
    }

    @Test
    void answersNotFoundForAnUnknownKindNamingTheKinds() throws Exception {
        Document missing = page(mvc, "/browse/widgets", 404);

        assertThat(missing.selectFirst("#error-message").text())
                .contains("'widgets'")
                .contains("data-item");
    }

    @Test
    void answersBadRequestForABadPage() throws Exception {
        assertThat(page(mvc, "/browse/artefact?page=abc", 400).selectFirst("#error-message").text())
                .isEqualTo("The page 'abc' is not a whole number.");
        assertThat(page(mvc, "/browse/artefact?page=0", 400).selectFirst("#error-message").text())
                .contains("Page 0");
        assertThat(page(mvc, "/browse?size=100000", 400).selectFirst("#error-message").text())
                .contains("size 100000");
    }

    private static List<String> identifiers(Document page) {
        return page.select("table.registry-list tbody tr td:eq(0)").eachText();
    }

    private static List<String> options(Document page, String facet) {
        Element checkboxes = page.selectFirst("#filter-" + facet);
        assertThat(checkboxes).as("filter " + facet).isNotNull();
        return checkboxes.select("label").eachText();
    }
}
