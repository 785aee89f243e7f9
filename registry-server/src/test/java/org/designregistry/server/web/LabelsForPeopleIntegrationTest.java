package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.designregistry.server.BrowserSession;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages speak in labels where a person reads, over the MHHS sample: the edit form names no RDF
 * properties and offers only the relations and link targets the terms allow for the kind, and a
 * search hit names its identifier once.
 */
class LabelsForPeopleIntegrationTest extends ServerTestSupport {

    private static final Pattern PREFIXED_NAME =
            Pattern.compile("\\b(dr|owl|dcterms|skos|rdfs|oslc_rm|org):[A-Za-z]");
    private static final String DESIGN_ARTEFACT = "https://w3id.org/design-registry#DesignArtefact";

    @Test
    void editFormNamesNoRdfProperties() {
        Document form = signedInEditor().page("/resource/artefact/DES138/edit", 200);

        String text = form.selectFirst("main").text();
        assertThat(PREFIXED_NAME.matcher(text).find()).as(text).isFalse();
        assertThat(text).contains("Status").contains("Version");
    }

    @Test
    void editFormOffersOnlyTheRelationsTheKindMayState() {
        Document dataItem = signedInEditor().page("/resource/data-item/DI-041/edit", 200);
        Document artefact = signedInEditor().page("/resource/artefact/DES138/edit", 200);

        List<String> forDataItem = relations(dataItem);
        assertThat(forDataItem)
                .isNotEmpty()
                .doesNotContain("Depends on", "Approves", "Specifies", "Made by");
        assertThat(relations(artefact)).doesNotContain("Carries", "Made by", "Sent by");
    }

    @Test
    void dependsOnSuggestsOnlyDesignArtefacts() {
        Document artefact = signedInEditor().page("/resource/artefact/DES138/edit", 200);
        String suggest =
                artefact.selectFirst("[data-property='dr:dependsOn'] input[data-suggest]")
                        .attr("data-suggest");

        assertThat(URLDecoder.decode(suggest, StandardCharsets.UTF_8))
                .isEqualTo("/api/suggest?class=" + DESIGN_ARTEFACT);
        assertThat(suggestionTypes("/api/suggest?q=Approve&limit=20")).contains("Decision");
        assertThat(suggestionTypes(suggest + "&q=Approve&limit=20")).doesNotContain("Decision");
        assertThat(suggestionTypes(suggest + "&q=Interface&limit=20"))
                .isNotEmpty()
                .containsOnly("DesignArtefact");
    }

    @Test
    void aNewLinksRelationSuggestsOnlyWhatItMayLinkToAndNamesTheTypesForPeople() {
        Document artefact = signedInEditor().page("/resource/artefact/DES138/edit", 200);
        String suggest =
                artefact.selectFirst("#new-links option[value='dr:dependencyOf']")
                        .attr("data-suggest");

        assertThat(URLDecoder.decode(suggest, StandardCharsets.UTF_8))
                .isEqualTo("/api/suggest?class=" + DESIGN_ARTEFACT);
        assertThat(artefact.selectFirst("#new-links option[value='']").attr("data-suggest"))
                .isEqualTo("/api/suggest");
        HttpResponse<String> reply = get(suggest + "&q=DES&limit=5", "application/json");
        List<String> typeLabels = JsonPath.parse(reply.body()).read("$.suggestions[*].typeLabel");
        assertThat(typeLabels).isNotEmpty().containsOnly("design artefact");
    }

    @Test
    void searchHitsNameTheirIdentifierOnce() {
        HttpResponse<String> reply = get("/search?q=ADL001", "text/html");
        Document page = Jsoup.parse(reply.body());

        assertThat(page.select("#search-hits h3 a").eachText())
                .contains("ADL001 Design Assumptions and Decisions Log")
                .noneMatch(title -> title.startsWith("ADL001 ADL001"));
    }

    private List<String> relations(Document form) {
        return form.select("#new-links select").first().select("option").eachText().stream()
                .filter(o -> !o.equals("(choose)"))
                .toList();
    }

    private List<String> suggestionTypes(String path) {
        HttpResponse<String> reply = get(path, "application/json");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JsonPath.parse(reply.body()).read("$.suggestions[*].type");
    }

    private BrowserSession signedInEditor() {
        return new BrowserSession(port).signIn(EDITOR, EDITOR_PASSWORD);
    }
}
