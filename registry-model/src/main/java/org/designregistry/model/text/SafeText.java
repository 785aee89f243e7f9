package org.designregistry.model.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Escapes values taken from the registry's data for the text documents it writes, so that a label
 * is shown as the text it is: never as Markdown markup, raw HTML (a {@code <script>} in a label) or
 * a spreadsheet formula.
 *
 * <p>{@code SafeText.markdown("<b>GSP</b> | *x*")} is {@code &lt;b&gt;GSP&lt;/b&gt; \| \*x\*},
 * which a Markdown viewer shows as {@code <b>GSP</b> | *x*}; {@code
 * SafeText.csvCell("=HYPERLINK(...)")} is {@code '=HYPERLINK(...)}, which a spreadsheet shows as
 * text.
 */
public final class SafeText {

    /** Marks that would start a block (a heading, quote, list item or rule) at a line's start. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9})([.)])|^([#>+=-])");

    private SafeText() {}

    /**
     * Returns the text escaped for a Markdown document, on one line: HTML's {@code <}, {@code >}
     * and {@code &} become entities; the inline marks {@code \ ` * _ [ ] | ~} get a backslash, and
     * so does a mark that would start a block ({@code #}, {@code >}, {@code -}, {@code +}, {@code
     * =}, {@code 1.}); line breaks become spaces. It is safe in a table cell, a list item and a
     * heading.
     */
    public static String markdown(String text) {
        Objects.requireNonNull(text, "text");
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(line.length() + 16);
        var block = BLOCK_START.matcher(line);
        int from = 0;
        if (block.find()) {
            if (block.group(1) != null) {
                out.append(block.group(1)).append('\\').append(block.group(2));
            } else {
                // An entity cannot start a quote; the other marks need the backslash.
                out.append(block.group(3).equals(">") ? "&gt;" : "\\" + block.group(3));
            }
            from = block.end();
        }
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Returns the value made safe for a CSV cell that a spreadsheet may open: a value that starts
     * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (which
     * spreadsheets read as a formula) gets a leading {@code '}, as OWASP advises; other values are
     * unchanged. Quoting the cell is left to the CSV writer.
     */
    public static String csvCell(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
