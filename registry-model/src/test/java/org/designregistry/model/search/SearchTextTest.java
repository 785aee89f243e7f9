package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.designregistry.model.search.SearchText.Phrase;
import org.designregistry.model.search.SearchText.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @Test
    void readsWordsPhrasesPrefixesAndExclusions() {
        SearchText text =
                SearchText.parse("gsp  \"change of supplier\" settl* -draft -\"in review\"");

        assertThat(text.clauses())
                .containsExactly(
                        new Word("gsp", false, false),
                        new Phrase("change of supplier", false),
                        new Word("settl", true, false),
                        new Word("draft", false, true),
                        new Phrase("in review", true));
        assertThat(text.included()).hasSize(3);
        assertThat(text.excluded()).hasSize(2);
    }

    @Test
    void keepsHyphensInsideWordsAndIgnoresEmptyPhrases() {
        assertThat(SearchText.parse("IF-041 \"\" half-hourly").clauses())
                .containsExactly(
                        new Word("IF-041", false, false), new Word("half-hourly", false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankTextSearchesForEverything(String blank) {
        assertThat(SearchText.parse(blank).isBlank()).isTrue();
    }

    @Test
    void refusesUnbalancedQuotesNamingWhereThePhraseOpens() {
        assertThatThrownBy(() -> SearchText.parse("meter \"register reads"))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("Unbalanced quotes")
                .hasMessageContaining("character 7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "a*", "-*", "meter *"})
    void refusesALoneStarOrATooShortPrefix(String text) {
        assertThatThrownBy(() -> SearchText.parse(text))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("at least 2 letters or digits before '*'");
    }

    @Test
    void refusesAStarInsideAWord() {
        assertThatThrownBy(() -> SearchText.parse("set*tlement"))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("'*' may only end a word");
    }

    @Test
    void refusesTooManyWords() {
        assertThatThrownBy(() -> SearchText.parse("w ".repeat(SearchText.MAX_CLAUSES + 1)))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("at most 32");
    }

    @Test
    void aSearchRefusesTextTooLongAndPagesOutOfRange() {
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(10_240)))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("10240 characters")
                .hasMessageContaining("at most 500");
        assertThatThrownBy(() -> SearchQuery.of("x").page(0, 0))
                .hasMessageContaining("limit must be between 1 and 100, not 0");
        assertThatThrownBy(() -> SearchQuery.of("x").page(101, 0))
                .hasMessageContaining("limit must be between 1 and 100");
        assertThatThrownBy(() -> SearchQuery.of("x").page(10, -1))
                .hasMessageContaining("offset must be between 0 and 10000, not -1");
    }

    @Test
    void aSearchDropsBlankFilterValuesAndKeepsTheRest() {
        SearchQuery query =
                SearchQuery.of("x")
                        .filter(SearchFacet.TYPE, "Interface", " ", " DataItem ")
                        .filter(SearchFacet.STATUS, "");

        assertThat(query.filters())
                .isEqualTo(Map.of(SearchFacet.TYPE, java.util.Set.of("Interface", "DataItem")));
    }

    @Test
    void facetsAreNamedByTheirKeys() {
        assertThat(SearchFacet.ofKey("workstream")).contains(SearchFacet.WORKSTREAM);
        assertThat(SearchFacet.ofKey("colour")).isEmpty();
        assertThat(SearchFacet.ILLUSTRATIVE.key()).isEqualTo("illustrative");
    }
}
