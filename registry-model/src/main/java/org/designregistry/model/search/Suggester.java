package org.designregistry.model.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Type-ahead: the resources whose identifier, or whose label's words, start with what has been
 * typed so far. An identifier prefix ranks first, then a label that starts with the text, then a
 * label with words that start so; shorter labels first within each.
 */
final class Suggester {

    /** The longest text suggestions are made for. */
    static final int MAX_TEXT_LENGTH = 100;

    /** The most suggestions one call returns. */
    static final int MAX_LIMIT = 50;

    private static final Sort ORDER =
            new Sort(
                    SortField.FIELD_SCORE,
                    new SortField(Fields.DISPLAY_LENGTH, SortField.Type.INT),
                    new SortField(Fields.SORT, SortField.Type.STRING));

    private Suggester() {}

    /** Returns the query for typed text, or null when there is nothing to suggest from. */
    static Query query(String typed) {
        String text = typed.strip();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        String compact = Identifiers.compact(text);
        if (!compact.isEmpty()) {
            any.add(
                    constant(new PrefixQuery(new Term(Fields.ID_COMPACT, compact)), 4),
                    Occur.SHOULD);
            clauses++;
        }
        if (!text.isEmpty()) {
            String key = text.toLowerCase(Locale.ROOT);
            any.add(constant(new PrefixQuery(new Term(Fields.DISPLAY_KEY, key)), 2), Occur.SHOULD);
            clauses++;
        }
        List<String> words = Analyzers.plainWords(text);
        if (!words.isEmpty()) {
            // Every word typed must start a word of the label; the last may be unfinished, and
            // the others too, unless a space after the text says the last one is finished.
            boolean lastFinished = Character.isWhitespace(typed.charAt(typed.length() - 1));
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (int i = 0; i < words.size(); i++) {
                Term term = new Term(Fields.LABEL_WORDS, words.get(i));
                boolean whole = i < words.size() - 1 || lastFinished;
                all.add(whole ? new TermQuery(term) : new PrefixQuery(term), Occur.MUST);
            }
            any.add(constant(all.build(), 1), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : any.build();
    }

    /** Returns the best {@code limit} suggestions of a searcher for a query from {@link #query}. */
    static List<Suggestion> suggest(FacetedSearcher searcher, Query query, int limit)
            throws IOException {
        TopDocs top = searcher.search(query, limit, ORDER, false);
        StoredFields stored = searcher.storedFields();
        List<Suggestion> suggestions = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc);
            suggestions.add(
                    new Suggestion(
                            doc.get(Fields.IRI),
                            orEmpty(doc.get(Fields.IDENTIFIER)),
                            doc.get(Fields.DISPLAY),
                            orEmpty(doc.get(Fields.TYPE)),
                            orEmpty(doc.get(Fields.TYPE_LABEL))));
        }
        return suggestions;
    }

    private static Query constant(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
