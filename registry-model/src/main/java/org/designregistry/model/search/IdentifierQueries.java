package org.designregistry.model.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.designregistry.model.search.SearchText.Clause;
import org.designregistry.model.search.SearchText.Word;

/**
 * The identifier part of a search: constant scores far above any text score, so that a resource
 * whose identifier was typed, however loosely ({@code IF-041}, {@code if041}, {@code if 41}), comes
 * first.
 */
final class IdentifierQueries {

    /** An identifier typed as the whole search outranks any text match. */
    private static final float WHOLE_IDENTIFIER = 1000f;

    /** ... and the exact spelling a little more than a loose one. */
    private static final float EXACT_IDENTIFIER = 100f;

    /** One identifier among other words. */
    private static final float ONE_IDENTIFIER = 200f;

    /** An identifier that starts with a typed prefix. */
    private static final float IDENTIFIER_PREFIX = 50f;

    private IdentifierQueries() {}

    /**
     * Returns the queries that match the identifiers in the clauses: the whole text as one
     * identifier, typed loosely or exactly; each word as an identifier when there are several; and
     * prefixes with a digit as identifier prefixes. Each scores a constant.
     */
    static List<Query> of(List<Clause> clauses) {
        List<Query> queries = new ArrayList<>();
        List<String> texts = clauses.stream().map(Clause::text).toList();
        String whole = String.join(" ", texts);
        String loose = Identifiers.normalise(whole);
        boolean anyPrefix = clauses.stream().anyMatch(c -> c instanceof Word w && w.prefix());
        if (!loose.isEmpty() && !anyPrefix) {
            queries.add(
                    constant(
                            new TermQuery(new Term(Fields.ID_LOOSE, IndexKeys.key(loose))),
                            WHOLE_IDENTIFIER));
            queries.add(
                    constant(
                            new TermQuery(
                                    new Term(
                                            Fields.ID_EXACT,
                                            IndexKeys.key(whole.strip().toLowerCase(Locale.ROOT)))),
                            EXACT_IDENTIFIER));
        }
        if (clauses.size() > 1) {
            for (Clause clause : clauses) {
                String one = Identifiers.normalise(clause.text());
                if (!one.isEmpty() && !(clause instanceof Word w && w.prefix())) {
                    queries.add(
                            constant(
                                    new TermQuery(new Term(Fields.ID_LOOSE, IndexKeys.key(one))),
                                    ONE_IDENTIFIER));
                }
            }
        }
        for (Clause clause : clauses) {
            if (clause instanceof Word w && w.prefix()) {
                // Only prefixes with a digit look like identifiers (IF-04*, BP0*): a word's
                // prefix should not lift event codes such as SettlementTimetablePublished.
                String compact = Identifiers.compact(w.text());
                if (compact.chars().anyMatch(Character::isDigit)) {
                    queries.add(
                            constant(
                                    new PrefixQuery(new Term(Fields.ID_COMPACT, compact)),
                                    IDENTIFIER_PREFIX));
                }
            }
        }
        return queries;
    }

    private static Query constant(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }
}
