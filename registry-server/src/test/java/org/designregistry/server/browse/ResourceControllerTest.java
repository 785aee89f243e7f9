package org.designregistry.server.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.browse.PagesFixture.ID;
import static org.designregistry.server.web.HtmlPages.page;
import static org.designregistry.server.web.HtmlPages.redirect;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ResourceController.class)
// Security is the integration tests\' concern; these check what the pages show.
@AutoConfigureMockMvc(addFilters = false)
@Import(PagesFixture.class)
class ResourceControllerTest {

    @Autowired MockMvc mvc;

    @Test
    void showsTheResourceItsKindAndItsProperties() throws Exception {
        Document di037 = page(mvc, "/resource/data-item/DI-037", 200);

        assertThat(di037.title()).isEqualTo("DI-037 GSP Group ID - Design Registry");
        assertThat(di037.selectFirst("h1").text()).isEqualTo("GSP Group ID");
        assertThat(di037.selectFirst("#resource-kind").text()).isEqualTo("Data item DI-037");
        assertThat(row(di037, "#properties", "Data format")).isEqualTo("CHAR(2)");
        assertThat(row(di037, "#properties", "Identifier")).isEqualTo("DI-037");
        assertThat(row(di037, "#properties", "IRI")).isEqualTo(ID + "data-item/DI-037");
        assertThat(di037.select("#properties a[href=https://example.test/data-item-catalogue]"))
                .hasSize(1);
        assertThat(di037.select("#illustrative")).isEmpty();
    }

    @Test
    void offersNobodySignedInASignInLinkBackHereAndNoEditing() throws Exception {
        Document di037 = page(mvc, "/resource/data-item/DI-037", 200);

        assertThat(di037.select("#edit-button, #signed-in-as")).isEmpty();
        assertThat(di037.selectFirst("#sign-in-link").attr("href"))
                .isEqualTo("/login?to=/resource/data-item/DI-037");
    }

    @Test
    @WithMockUser(username = "rita", roles = "READER")
    void showsAReaderWhoTheyAreButNoEditing() throws Exception {
        Document di037 = page(mvc, "/resource/data-item/DI-037", 200);

        assertThat(di037.selectFirst("#signed-in-as").text())
                .isEqualTo("Signed in as rita (reader)");
        assertThat(di037.select("#edit-button, #sign-in-link")).isEmpty();
        assertThat(di037.select("#sign-out")).hasSize(1);
    }

    @Test
    @WithMockUser(username = "edith", roles = "EDITOR")
    void offersAnEditorTheEditForm() throws Exception {
        Document di037 = page(mvc, "/resource/data-item/DI-037", 200);

        assertThat(di037.selectFirst("#edit-button").attr("href"))
                .isEqualTo("/resource/data-item/DI-037/edit");
    }

    @Test
    void groupsLinksByRelationEachToTheOtherResourcesPage() throws Exception {
        Document di037 = page(mvc, "/resource/data-item/DI-037", 200);

        Element carriedBy =
                di037.selectFirst(
                        "#links [data-relation=https://w3id.org/design-registry#carriedBy]");
        assertThat(carriedBy.selectFirst("dt").text()).startsWith("Carried by").contains("(2)");
        assertThat(carriedBy.select("dd a").eachAttr("href"))
                .containsExactly("/resource/interface/IF-001", "/resource/interface/IF-002");
    }

    @Test
    void showsLinksOfUnknownRelationsAsPointingHere() throws Exception {
        Document di038 = page(mvc, "/resource/data-item/DI-038", 200);

        Element mentions = di038.selectFirst("#links [data-inverse=true]");
        assertThat(mentions.selectFirst("dt").text())
                .contains("Mentions")
                .contains("pointing here");
        assertThat(mentions.select("dd a").eachAttr("href"))
                .containsExactly("/resource/interface/IF-001");
    }

    @Test
    void everyResourceLinkOnAPageOpensThatResourcesPage() throws Exception {
        Document if001 = page(mvc, "/resource/interface/IF-001", 200);

        assertThat(if001.select("#links dd a").eachAttr("href"))
                .hasSize(6)
                .allSatisfy(href -> assertThat(page(mvc, href, 200).selectFirst("h1")).isNotNull());
    }

    @Test
    void tagsIllustrativeResources() throws Exception {
        assertThat(page(mvc, "/resource/artefact/DES200", 200).select("#illustrative"))
                .extracting(Element::text)
                .containsExactly("Illustrative");
    }

    @Test
    void listsTheDecisionsAboutTheResource() throws Exception {
        Document e2e = page(mvc, "/resource/artefact/E2E001", 200);

        assertThat(e2e.select("#decisions tbody tr"))
                .extracting(tr -> tr.select("td").get(1).text())
                .containsExactly(
                        "Reject the first E2E architecture",
                        "Refer the E2E architecture for more work");
        assertThat(e2e.select("#decisions tbody tr td:eq(1) a").eachAttr("href"))
                .extracting(href -> redirect(mvc, href))
                .containsExactly("/resource/decision/D3", "/resource/decision/D2");
        assertThat(page(mvc, "/resource/data-item/DI-037", 200).select("#no-decisions")).hasSize(1);
    }

    @Test
    void offersImpactAnalysisFromTheResource() throws Exception {
        assertThat(
                        page(mvc, "/resource/data-item/DI-037", 200)
                                .selectFirst("#impact-button")
                                .attr("href"))
                .isEqualTo("/impact?from=data-item:DI-037");
    }

    @Test
    void redirectsAnIdentifierToItsPage() throws Exception {
        assertThat(redirect(mvc, "/resource/DI-037")).isEqualTo("/resource/data-item/DI-037");
    }

    @Test
    void redirectsAnIriToThePageOfItsKindAndIdentifier() throws Exception {
        assertThat(redirect(mvc, iriPage("decision/D1"))).isEqualTo("/resource/decision/D1");
    }

    @Test
    void letsThePersonChooseBetweenResourcesThatShareAnIdentifier() throws Exception {
        Document choose = page(mvc, "/resource/BP009", 200);

        assertThat(choose.selectFirst("h1").text()).contains("BP009");
        assertThat(choose.select("#choices a").eachAttr("href"))
                .containsExactly("/resource/process/BP009", "/resource/artefact/BP009");
    }

    @Test
    void answersNotFoundNamingTheMissingReference() throws Exception {
        Document missing = page(mvc, "/resource/data-item/DI-999", 404);

        assertThat(missing.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(missing.selectFirst("#error-message").text()).contains("data-item:DI-999");
        assertThat(page(mvc, "/resource/DI-999", 404).selectFirst("#error-message").text())
                .contains("DI-999");
        assertThat(page(mvc, "/resource/no-such-kind/X", 404).selectFirst("#error-message").text())
                .contains("no-such-kind");
        assertThat(page(mvc, iriPage("data-item/DI-999"), 404).selectFirst("#error-message").text())
                .contains(ID + "data-item/DI-999");
    }

    @Test
    void answersBadRequestQuotingTheReferenceGrammar() throws Exception {
        Document bad = page(mvc, "/resource/data-item/a:b", 400);

        assertThat(bad.selectFirst("#error-message").text()).contains("[kind:]identifier");
    }

    private static String row(Document page, String list, String key) {
        return page.select(list + " .govuk-summary-list__row").stream()
                .filter(r -> r.selectFirst("dt").text().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key))
                .selectFirst("dd")
                .text();
    }

    private static String iriPage(String path) {
        // MockMvc encodes the query itself; ':' and '/' may stand in a query as they are.
        return "/resource?iri=" + ID + path;
    }
}
