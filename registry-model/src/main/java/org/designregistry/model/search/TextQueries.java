package org.designregistry.model.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.designregistry.model.search.SearchText.Clause;
import org.designregistry.model.search.SearchText.Phrase;
import org.designregistry.model.search.SearchText.Word;

/**
 * Turns parsed search text into a Lucene query that ranks as people expect: an identifier match
 * first (however loosely typed), then matches in labels above alternative labels, descriptions and
 * context; each word must match somewhere; a word that matches nothing is replaced by the index's
 * nearest words (typos), and a prefix by the words that start with it.
 *
 * <p>Typos and prefixes are expanded against the index's vocabulary of unstemmed words, then
 * searched like typed words, so that stemming, scoring and highlighting treat them alike.
 */
final class TextQueries {

    /** Where text may match and how much a match there counts. */
    enum Scope {
        ALL(
                true,
                Map.of(
                        Fields.LABEL,
                        4f,
                        Fields.ALT_LABEL,
                        2.5f,
                        Fields.DESCRIPTION,
                        1f,
                        Fields.CONTEXT,
                        0.6f)),
        LABEL(false, Map.of(Fields.LABEL, 1f)),
        ALT_LABEL(false, Map.of(Fields.ALT_LABEL, 1f)),
        DESCRIPTION(false, Map.of(Fields.DESCRIPTION, 1f)),
        IDENTIFIER(true, Map.of());

        final boolean identifiers;
        final Map<String, Float> fields;

        Scope(boolean identifiers, Map<String, Float> fields) {
            this.identifiers = identifiers;
            this.fields = new LinkedHashMap<>(fields);
        }
    }

    /** Corrected words count for less than the words typed. */
    private static final float CORRECTION = 0.8f;

    /** How many corrections a misspelt word expands to. */
    private static final int MAX_CORRECTIONS = 3;

    /** How many words a prefix expands to, the most frequent first. */
    private static final int MAX_PREFIX_WORDS = 64;

    /** Words shorter than this are not corrected: too many short words are one edit apart. */
    private static final int MIN_CORRECTED_LENGTH = 4;

    private static final QueryBuilder BUILDER = new QueryBuilder(Analyzers.INDEX);

    private final IndexSearcher searcher;
    private final Scope scope;

    TextQueries(IndexSearcher searcher, Scope scope) {
        this.searcher = searcher;
        this.scope = scope;
    }

    /** Returns the query for parsed text: everything when it is blank. */
    Query query(SearchText text) throws IOException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean any = false;
        Query words = scope.fields.isEmpty() ? null : allWords(text.included());
        if (words != null) {
            top.add(words, Occur.SHOULD);
            any = true;
        }
        if (scope.identifiers) {
            for (Query id : IdentifierQueries.of(text.included())) {
                top.add(id, Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return text.included().isEmpty() ? excludedOnly(text) : new MatchNoDocsQuery();
        }
        top.setMinimumNumberShouldMatch(1);
        for (Clause clause : text.excluded()) {
            Query q = clause(clause);
            if (q != null) {
                top.add(q, Occur.MUST_NOT);
            }
        }
        return top.build();
    }

    private Query excludedOnly(SearchText text) throws IOException {
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        for (Clause clause : text.excluded()) {
            Query q = clause(clause);
            if (q != null) {
                b.add(q, Occur.MUST_NOT);
            }
        }
        return b.build();
    }

    /** Every included clause must match; stop words alone are dropped. */
    private Query allWords(List<Clause> clauses) throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int count = 0;
        for (Clause clause : clauses) {
            Query q = clause(clause);
            if (q != null) {
                all.add(q, Occur.MUST);
                count++;
            }
        }
        return count == 0 ? null : all.build();
    }

    private Query clause(Clause clause) throws IOException {
        if (clause instanceof Phrase phrase) {
            return inFields(phrase.text());
        }
        Word word = (Word) clause;
        if (word.prefix()) {
            return prefix(word.text());
        }
        Query typed = inFields(word.text());
        if (typed == null) {
            return null;
        }
        List<String> plain = Analyzers.plainWords(word.text());
        if (plain.size() != 1 || !isCorrectable(plain.get(0)) || inVocabulary(plain.get(0))) {
            return typed;
        }
        // Not a word of the registry: a typo, or an inflection of a word that is there. Stemming
        // alone would let a typo match an unrelated word with the same stem ("registation" and
        // "register" both stem to "regist"), so the nearest words are searched instead, unless
        // one of them shares the typed word's stem ("appointments", "appointment").
        List<String> corrections = corrections(plain.get(0));
        List<String> stem = Analyzers.englishTerms(word.text());
        if (corrections.isEmpty()
                || corrections.stream().anyMatch(c -> Analyzers.englishTerms(c).equals(stem))) {
            return typed;
        }
        return new BoostQuery(anyOf(corrections), CORRECTION);
    }

    /** Returns the words of the index that start with {@code prefix}, searched as typed words. */
    private Query prefix(String prefix) throws IOException {
        List<String> plain = Analyzers.plainWords(prefix);
        if (plain.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        String last = plain.get(plain.size() - 1);
        Query expanded = anyOf(wordsStartingWith(last));
        if (plain.size() == 1) {
            return expanded == null ? new MatchNoDocsQuery() : expanded;
        }
        // "half-hou*": the whole words before the last must match too.
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : plain.subList(0, plain.size() - 1)) {
            Query q = inFields(w);
            if (q != null) {
                b.add(q, Occur.MUST);
            }
        }
        b.add(expanded == null ? new MatchNoDocsQuery() : expanded, Occur.MUST);
        return b.build();
    }

    /** Returns a query matching any of the words, each searched as typed; null if none. */
    private Query anyOf(List<String> words) {
        Set<Query> alternatives = new LinkedHashSet<>();
        for (String w : words) {
            Query q = inFields(w);
            if (q != null) {
                alternatives.add(q);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        if (alternatives.size() == 1) {
            return alternatives.iterator().next();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        alternatives.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /**
     * Returns the text analysed as a phrase in each field of the scope, weighted by field, the best
     * field counting most; null when the text is only stop words.
     */
    private Query inFields(String text) {
        List<Query> perField = new ArrayList<>();
        scope.fields.forEach(
                (field, boost) -> {
                    Query q = BUILDER.createPhraseQuery(field, text);
                    if (q != null) {
                        perField.add(boost == 1f ? q : new BoostQuery(q, boost));
                    }
                });
        if (perField.isEmpty()) {
            return null;
        }
        return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, 0.1f);
    }

    private static boolean isCorrectable(String word) {
        return word.length() >= MIN_CORRECTED_LENGTH && word.chars().allMatch(Character::isLetter);
    }

    private boolean inVocabulary(String word) throws IOException {
        return searcher.getIndexReader().docFreq(new Term(Fields.WORDS, word)) > 0;
    }

    /**
     * Returns the index's words nearest to a word it does not hold: those one edit away if there
     * are any (a cheap automaton), else, for words of six letters or more, two edits away.
     */
    private List<String> corrections(String word) throws IOException {
        List<String> near = corrections(word, 1);
        return near.isEmpty() && word.length() >= 6 ? corrections(word, 2) : near;
    }

    private List<String> corrections(String word, int edits) throws IOException {
        FuzzyQuery fuzzy =
                new FuzzyQuery(
                        new Term(Fields.WORDS, word),
                        edits,
                        1,
                        50,
                        true,
                        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_CORRECTIONS));
        Query rewritten = searcher.rewrite(fuzzy);
        Set<Term> terms = new LinkedHashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        return terms.stream().map(Term::text).sorted().toList();
    }

    /** Returns the most frequent words of the index that start with {@code prefix}. */
    private List<String> wordsStartingWith(String prefix) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum e = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        for (BytesRef term = e.term(); term != null; term = e.next()) {
            String text = term.utf8ToString();
            if (!text.startsWith(prefix)) {
                break;
            }
            found.put(text, e.docFreq());
        }
        return found.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_PREFIX_WORDS)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }
}
