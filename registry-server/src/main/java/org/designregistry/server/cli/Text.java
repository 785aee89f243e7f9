package org.designregistry.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for the commands' text output: numbers, plurals and aligned tables. */
final class Text {

    private Text() {}

    /** Returns the number with thousands separators, such as {@code 123,456}. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Returns the number and the noun in the right number, such as {@code 1 file}. */
    static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** Returns a size in mebibytes with one decimal, such as {@code 192.0 MiB}. */
    static String bytes(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** Returns a duration in seconds with one decimal, such as {@code 2.5 s}. */
    static String millis(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * Returns the rows as lines of columns separated by two spaces, each column as wide as its
     * widest cell; columns flagged in {@code rightAligned} are aligned right. The last column is
     * not padded.
     */
    static List<String> table(List<String[]> rows, boolean... rightAligned) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean right = i < rightAligned.length && rightAligned[i];
                boolean last = i == row.length - 1;
                String pad = " ".repeat(widths[i] - row[i].length());
                if (i > 0) {
                    line.append("  ");
                }
                if (right) {
                    line.append(pad).append(row[i]);
                } else {
                    line.append(row[i]).append(last ? "" : pad);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
