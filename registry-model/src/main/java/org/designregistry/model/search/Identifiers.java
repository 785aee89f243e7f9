package org.designregistry.model.search;

import java.util.Locale;

/**
 * The forms of an identifier that loose typing should still find: {@code IF-041}, {@code if041} and
 * {@code if 41} are one identifier.
 */
final class Identifiers {

    private Identifiers() {}

    /**
     * Returns the runs of letters and of digits, lower-cased, with leading zeros dropped from
     * numbers, joined by single spaces: {@code IF-041}, {@code if041} and {@code If 41} all give
     * {@code "if 41"}; {@code BRS003-042} gives {@code "brs 3 42"}. Empty when there is no letter
     * or digit.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            boolean digits = Character.isDigit(c);
            int end = i;
            while (end < n) {
                int d = text.codePointAt(end);
                if (!Character.isLetterOrDigit(d) || Character.isDigit(d) != digits) {
                    break;
                }
                end += Character.charCount(d);
            }
            String run = text.substring(i, end);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(digits ? withoutLeadingZeros(run) : run.toLowerCase(Locale.ROOT));
            i = end;
        }
        return out.toString();
    }

    /**
     * Returns the letters and digits alone, lower-cased, zeros kept: {@code IF-041} gives {@code
     * "if041"}, so that {@code IF-04} is a prefix of it.
     */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String withoutLeadingZeros(String number) {
        int i = 0;
        while (i < number.length() - 1 && number.charAt(i) == '0') {
            i++;
        }
        return number.substring(i);
    }
}
