package org.designregistry.server.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.designregistry.model.vocabulary.Vocabulary;
import org.designregistry.ontology.Vocabularies;
import org.designregistry.server.ServerTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The vocabulary's pages over the MHHS sample: a page for every concept, class and relation the
 * sample uses, and resource pages that link to them within the app, not to their IRIs elsewhere.
 */
class VocabularyPagesIntegrationTest extends ServerTestSupport {

    @Autowired Vocabulary vocabulary;

    @Test
    void everyConceptClassAndRelationTheSampleUsesHasAPage() {
        Set<String> used = termsTheSampleUses();
        assertThat(used)
                .contains(
                        Vocabularies.STATUS_NS + "Approved",
                        "https://w3id.org/design-registry#carries",
                        "https://w3id.org/design-registry#carriedBy",
                        "https://w3id.org/design-registry#DataItem");

        for (String iri : used) {
            HttpResponse<String> reply = get(termPage(iri), "text/html");
            assertThat(reply.statusCode()).as(iri).isEqualTo(200);
            Document page = Jsoup.parse(reply.body());
            assertThat(page.selectFirst("h1").text()).as(iri).isNotBlank();
            assertThat(page.selectFirst("#term-details code").text()).isEqualTo(iri);
        }
    }

    @Test
    void showsAConceptsSchemeDefinitionAndTheResourcesThatUseIt() {
        Document approved = page(termPage(Vocabularies.STATUS_NS + "Approved"));

        assertThat(approved.selectFirst("h1").text()).isEqualTo("Approved");
        assertThat(approved.selectFirst("#term-kind").text()).isEqualTo("Concept");
        assertThat(approved.select("#definition")).hasSize(1);
        Element scheme = approved.selectFirst("[data-group=Scheme]");
        assertThat(scheme.select("a").eachText()).containsExactly("Statuses");
        assertThat(approved.selectFirst("#usage-count").text()).contains("use it");
        assertThat(approved.select("#usage a").eachAttr("href"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/resource/"));
    }

    @Test
    void pagesTheResourcesThatUseATerm() {
        String dataItem = "https://w3id.org/design-registry#DataItem";
        Document first = page(termPage(dataItem));
        Document second = page(termPage(dataItem) + "&page=2");

        assertThat(first.select("#usage li")).hasSize(VocabularyController.PAGE_SIZE);
        assertThat(first.select(".govuk-pagination")).hasSize(1);
        assertThat(second.select("#usage li")).isNotEmpty();
        assertThat(second.select("#usage a").eachAttr("href"))
                .doesNotContainAnyElementsOf(first.select("#usage a").eachAttr("href"));
    }

    @Test
    void answers404ForAnIriThatIsNoTerm() {
        HttpResponse<String> reply = get(termPage("https://example.test/not-a-term"), "text/html");

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.body()).contains("no term");
    }

    @Test
    void listsEverySchemeAndTheOntologysTermsOnTheVocabularyPage() {
        Document index = page("/vocabulary");

        assertThat(index.select("h2").eachText())
                .contains("Statuses", "Decision levels", "Classes", "Relations");
        assertThat(index.select("main a").eachAttr("href"))
                .contains(termPage(Vocabularies.STATUS_NS + "Draft"));
    }

    @Test
    void resourcePagesLinkTermsWithinTheApp() {
        Document artefact = page("/resource/artefact/DES138");

        assertThat(artefact.select("main a[href]").eachAttr("abs:href"))
                .isNotEmpty()
                .allSatisfy(
                        href ->
                                assertThat(URI.create(href).getHost())
                                        .as(href)
                                        .isEqualTo("localhost"));
        assertThat(artefact.select("#properties a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).startsWith("/vocabulary/term?iri="));
    }

    /**
     * Returns the terms the sample states (its properties, classes and concepts) and the inverses
     * of its relations, which resource pages show as the links pointing to a resource.
     */
    private Set<String> termsTheSampleUses() {
        Set<String> stated =
                registry.read(
                        model -> {
                            Set<String> terms = new TreeSet<>();
                            for (Statement s : model.listStatements().toList()) {
                                add(terms, s.getPredicate());
                                add(terms, s.getObject());
                            }
                            return terms;
                        });
        Set<String> terms = new TreeSet<>(stated);
        for (String iri : stated) {
            vocabulary.term(iri).stream()
                    .flatMap(t -> t.related().stream())
                    .filter(g -> g.label().equals("Inverse"))
                    .flatMap(g -> g.terms().stream())
                    .forEach(inverse -> terms.add(inverse.iri()));
        }
        return terms;
    }

    private static void add(Set<String> terms, RDFNode node) {
        if (node.isURIResource() && Vocabulary.isTerm(node.asResource().getURI())) {
            terms.add(node.asResource().getURI());
        }
    }

    private Document page(String path) {
        HttpResponse<String> reply = get(path, "text/html");
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(reply.body(), uri(path).toString());
    }

    private static String termPage(String iri) {
        return "/vocabulary/term?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
