package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.model.search.SearchFixtures.hits;
import static org.designregistry.model.search.SearchFixtures.identifiers;

import java.util.List;
import org.designregistry.model.Registry;
import org.designregistry.model.search.SearchResult.Hit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranking as people expect it, over the MHHS sample and a small fixture. */
class RegistrySearchRankingTest {

    private static Registry mhhs;
    private static Registry ranking;

    @BeforeAll
    static void open() {
        mhhs = SearchFixtures.mhhs();
        ranking = SearchFixtures.fixture("ranking.ttl");
    }

    @AfterAll
    static void close() {
        mhhs.close();
        ranking.close();
    }

    @ParameterizedTest(name = "{0} finds {1} first")
    @CsvSource({
        "IF-041, IF-041",
        "if041, IF-041",
        "if 41, IF-041",
        "IF 041, IF-041",
        "If-41, IF-041",
        "DI-037, DI-037",
        "di37, DI-037",
        "BP009, BP009",
        "bp 9, BP009",
        "brs3-40, BRS003-040",
    })
    void putsAnIdentifierFirstHoweverLooselyTyped(String typed, String identifier) {
        assertThat(identifiers(mhhs, typed)).first().isEqualTo(identifier);
    }

    @Test
    void findsSeveralIdentifiersTypedTogether() {
        assertThat(identifiers(mhhs, "IF-041 IF-042").subList(0, 2))
                .containsExactlyInAnyOrder("IF-041", "IF-042");
    }

    @Test
    void ranksTitlesAndAlternativeLabelsAboveDescriptions() {
        assertThat(identifiers(ranking, "tariff")).containsExactly("IF-901", "IF-903", "IF-902");
    }

    @Test
    void matchesEveryWordSomewhereInTheResource() {
        List<Hit> hits = hits(mhhs, "change of supplier");

        assertThat(hits).first().extracting(Hit::identifier).isEqualTo("BP001");
        assertThat(hits)
                .allSatisfy(
                        h ->
                                assertThat(h.snippet().toLowerCase())
                                        .contains("<mark>change</mark>")
                                        .contains("<mark>supplier</mark>"));
    }

    @Test
    void stemsEnglishWords() {
        assertThat(identifiers(mhhs, "settlements")).contains("DI-018", "DI-019");
        assertThat(identifiers(mhhs, "appointments")).isEqualTo(identifiers(mhhs, "appointment"));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({"apointment, appointment", "setlement, settlement", "registation, registration"})
    void correctsAMisspeltWordToTheNearestWordsOfTheRegistry(String typo, String word) {
        List<Hit> hits = hits(mhhs, typo);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).label().toLowerCase()).contains(word);
        assertThat(hits.get(0).snippet().toLowerCase()).contains("<mark>" + word);
        assertThat(identifiers(mhhs, typo)).containsAll(identifiers(mhhs, word));
    }

    @Test
    void findsNothingForAWordNothingIsNear() {
        assertThat(hits(mhhs, "zzyzxq")).isEmpty();
    }

    @Test
    void matchesAQuotedPhraseOnlyWhereItsWordsStandTogether() {
        List<Hit> phrase = hits(mhhs, "\"settlement period\"");
        long words = registryTotal("settlement period");

        assertThat(phrase)
                .extracting(Hit::identifier)
                .containsExactlyInAnyOrder("DI-018", "NFR-010");
        assertThat(phrase)
                .allSatisfy(
                        h ->
                                assertThat(h.snippet())
                                        .containsIgnoringCase(
                                                "<mark>settlement</mark> <mark>period</mark>"));
        assertThat(words).isGreaterThan(phrase.size());
    }

    @Test
    void expandsAPrefixToTheWordsThatStartWithIt() {
        List<Hit> hits = hits(mhhs, "appoint*");

        assertThat(hits).isNotEmpty();
        assertThat(hits)
                .allSatisfy(h -> assertThat(h.snippet().toLowerCase()).contains("<mark>appoint"));
        assertThat(registryTotal("appoint*")).isGreaterThanOrEqualTo(registryTotal("appointment"));
    }

    @Test
    void anIdentifierPrefixFindsTheIdentifiersThatStartWithIt() {
        assertThat(identifiers(mhhs, "IF-04*").subList(0, 10))
                .allSatisfy(id -> assertThat(id).startsWith("IF-04"));
    }

    @Test
    void excludesWordsMarkedWithAMinus() {
        List<String> all = identifiers(mhhs, "settlement");
        List<String> without = identifiers(mhhs, "settlement -period");

        assertThat(all).contains("DI-018");
        assertThat(without).isNotEmpty().doesNotContain("DI-018");
    }

    @Test
    void showsWhereTheWordsMatchedAsEscapedHtml() {
        Hit hit = hits(ranking, "checked").get(0);

        assertThat(hit.identifier()).isEqualTo("DI-901");
        assertThat(hit.snippet()).isEqualTo("Reads &lt;raw&gt; &amp; <mark>checked</mark>");
    }

    @Test
    void showsTheDescriptionsOpeningWhenNoTextMatched() {
        Hit hit = hits(ranking, "IF-902").get(0);

        assertThat(hit.snippet()).startsWith("Tariff, tariff and tariff").doesNotContain("<mark>");
    }

    @Test
    void returnsTheHitsFieldsForDisplay() {
        Hit hit = hits(mhhs, "IF-041").get(0);

        assertThat(hit.iri()).isEqualTo("https://registry.mhhs.example/id/interface/IF-041");
        assertThat(hit.label()).isEqualTo("Meter Register Reads");
        assertThat(hit.type()).isEqualTo("Interface");
        assertThat(hit.typeLabel()).isEqualTo("interface");
        assertThat(hit.score()).isPositive();
    }

    @Test
    void pagesThroughHitsInOneStableOrder() {
        SearchResult first = mhhs.search().search(SearchQuery.of("change").page(5, 0));
        SearchResult second = mhhs.search().search(SearchQuery.of("change").page(5, 5));
        SearchResult both = mhhs.search().search(SearchQuery.of("change").page(10, 0));

        assertThat(first.total()).isEqualTo(both.total()).isGreaterThan(10);
        assertThat(second.offset()).isEqualTo(5);
        assertThat(concat(first.hits(), second.hits())).isEqualTo(both.hits());
    }

    @Test
    void blankTextListsEveryResource() {
        SearchResult all = mhhs.search().search(SearchQuery.of("  "));

        assertThat(all.total()).isEqualTo(mhhs.search().size()).isGreaterThan(700);
        assertThat(all.hits())
                .extracting(Hit::identifier)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(all.hits()).allSatisfy(h -> assertThat(h.score()).isZero());
    }

    @Test
    void suggestsIdentifiersThatStartWithWhatWasTyped() {
        List<Suggestion> suggestions = mhhs.search().suggest("IF-04", 10);

        assertThat(suggestions).hasSize(10);
        assertThat(suggestions)
                .extracting(Suggestion::identifier)
                .allMatch(id -> id.startsWith("IF-04"));
    }

    @Test
    void suggestsLabelsWhoseWordsStartWithWhatWasTypedShortestFirst() {
        List<Suggestion> suggestions = mhhs.search().suggest("change of s", 10);

        assertThat(suggestions)
                .first()
                .extracting(Suggestion::label)
                .isEqualTo("Change of Supplier");
        assertThat(suggestions)
                .extracting(s -> List.of(s.label().toLowerCase().split("\\W+")))
                .allSatisfy(
                        words ->
                                assertThat(words)
                                        .contains("change", "of")
                                        .anyMatch(w -> w.startsWith("s")));
    }

    @Test
    void suggestsNothingForBlankText() {
        assertThat(mhhs.search().suggest(" ", 10)).isEmpty();
    }

    private static long registryTotal(String text) {
        return mhhs.search().search(SearchQuery.of(text)).total();
    }

    private static List<Hit> concat(List<Hit> a, List<Hit> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
