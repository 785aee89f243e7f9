package org.designregistry.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A write was refused because one of its terms is longer than the registry's {@link TermLimits};
 * nothing was stored. The message names the limit and the property that sets it, and quotes the
 * start of the term.
 */
public class TermTooLongException extends RegistryException {

    private static final int QUOTED = 60;

    private final TermLimits.Limit limit;
    private final int max;
    private final int length;

    /** Creates the exception for a term of {@code text} over the limit {@code max}. */
    public TermTooLongException(TermLimits.Limit limit, int max, String text) {
        super(message(Objects.requireNonNull(limit, "limit"), max, text));
        this.limit = limit;
        this.max = max;
        this.length = text.length();
    }

    /** Returns the limit the term broke. */
    public TermLimits.Limit limit() {
        return limit;
    }

    /** Returns the limit's value, in characters. */
    public int max() {
        return max;
    }

    /** Returns the length of the refused term, in characters. */
    public int length() {
        return length;
    }

    private static String message(TermLimits.Limit limit, int max, String text) {
        int end =
                Character.isHighSurrogate(text.charAt(Math.min(QUOTED, text.length()) - 1))
                        ? QUOTED - 1
                        : QUOTED;
        String start = text.length() > QUOTED ? text.substring(0, end) + "..." : text;
        return String.format(
                Locale.ROOT,
                "The %s '%s' is %,d characters long; the registry stores %s of at most %,d"
                        + " characters (%s); nothing was stored",
                limit.term(),
                start,
                text.length(),
                limit.terms(),
                max,
                limit.property());
    }
}
