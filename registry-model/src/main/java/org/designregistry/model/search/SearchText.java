package org.designregistry.model.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Search text parsed into words and phrases: {@code words}, {@code "a phrase"}, {@code prefix*} and
 * {@code -excluded}. Parsing never fails silently: text it cannot read is refused with a message
 * that says what to change.
 *
 * @param clauses the words and phrases, in the order written
 */
record SearchText(List<Clause> clauses) {

    /** The most words and phrases one search may hold. */
    static final int MAX_CLAUSES = 32;

    /** The fewest letters or digits a prefix needs before its {@code *}. */
    static final int MIN_PREFIX = 2;

    /** A word or a phrase of the search text. */
    sealed interface Clause permits Word, Phrase {

        /** Returns the text of the clause, without quotes, {@code *} or {@code -}. */
        String text();

        /** Returns true when hits must not match the clause. */
        boolean excluded();
    }

    /** A word; with {@code prefix}, any word that starts with it. */
    record Word(String text, boolean prefix, boolean excluded) implements Clause {}

    /** Words that must appear together in this order. */
    record Phrase(String text, boolean excluded) implements Clause {}

    /** Returns true when the text holds no word or phrase: a search for everything. */
    boolean isBlank() {
        return clauses.isEmpty();
    }

    /** Returns the clauses hits must match. */
    List<Clause> included() {
        return clauses.stream().filter(c -> !c.excluded()).toList();
    }

    /** Returns the clauses hits must not match. */
    List<Clause> excluded() {
        return clauses.stream().filter(Clause::excluded).toList();
    }

    /**
     * Returns the parsed text.
     *
     * @throws InvalidSearchException for unbalanced quotes, a {@code *} that does not end a word of
     *     at least {@value #MIN_PREFIX} letters or digits, or more than {@value #MAX_CLAUSES} words
     */
    static SearchText parse(String text) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                excluded = true;
                i++;
                c = text.charAt(i);
            }
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidSearchException(
                            "Unbalanced quotes: the phrase that opens at character "
                                    + (i + 1)
                                    + " is not closed; close it with \" or remove the quote");
                }
                String phrase = text.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) {
                    clauses.add(new Phrase(phrase, excluded));
                }
                i = close + 1;
            } else {
                int end = i;
                while (end < n
                        && text.charAt(end) != '"'
                        && !Character.isWhitespace(text.charAt(end))
                        && !Character.isISOControl(text.charAt(end))) {
                    end++;
                }
                clauses.add(word(text.substring(i, end), excluded));
                i = end;
            }
            if (clauses.size() > MAX_CLAUSES) {
                throw new InvalidSearchException(
                        "Too many words: at most "
                                + MAX_CLAUSES
                                + " words and phrases are searched");
            }
        }
        return new SearchText(List.copyOf(clauses));
    }

    private static Word word(String word, boolean excluded) {
        int star = word.indexOf('*');
        if (star < 0) {
            return new Word(word, false, excluded);
        }
        if (star != word.length() - 1) {
            throw new InvalidSearchException(
                    "'*' may only end a word, as in 'settl*': '" + word + "' has one inside it");
        }
        String prefix = word.substring(0, star);
        long letters = prefix.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters < MIN_PREFIX) {
            throw new InvalidSearchException(
                    (prefix.isEmpty()
                                    ? "A lone '*' is not a search"
                                    : "'" + word + "' is too short")
                            + ": put at least "
                            + MIN_PREFIX
                            + " letters or digits before '*', as in 'settl*', or leave the text"
                            + " blank to list everything");
        }
        return new Word(prefix, true, excluded);
    }
}
