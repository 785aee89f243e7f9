package org.designregistry.model.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.table.TableWriter;
import org.designregistry.model.text.SafeText;

/**
 * Which pairs of two kinds of resource are linked: rows by columns, directly or through a chosen
 * path of relations.
 *
 * @param rowKind the kind of the rows, such as {@code requirement}
 * @param columnKind the kind of the columns, such as {@code process}
 * @param via the relations of the path followed from a row to a column, as IRIs ({@code ^} before
 *     one followed against its direction); empty for direct links by any relation
 * @param rows every resource of the row kind, by identifier
 * @param columns every resource of the column kind, by identifier
 * @param links the linked pairs, by row then column
 */
public record TraceMatrix(
        String rowKind,
        String columnKind,
        List<String> via,
        List<ResourceRef> rows,
        List<ResourceRef> columns,
        List<Link> links) {

    /**
     * One linked pair.
     *
     * @param row the row's position in {@link #rows()}
     * @param column the column's position in {@link #columns()}
     * @param relations for direct links, the relations that link them, read from row to column; for
     *     a path, the path
     */
    public record Link(int row, int column, List<String> relations) {

        /** Copies the list. */
        public Link {
            relations = List.copyOf(relations);
        }
    }

    /** Copies the lists. */
    public TraceMatrix {
        Objects.requireNonNull(rowKind, "rowKind");
        Objects.requireNonNull(columnKind, "columnKind");
        via = List.copyOf(via);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        links = List.copyOf(links);
    }

    /** Returns true when the row and column with these identifiers are linked. */
    public boolean linked(String rowIdentifier, String columnIdentifier) {
        return links.stream()
                .anyMatch(
                        l ->
                                rows.get(l.row()).identifier().equals(rowIdentifier)
                                        && columns.get(l.column())
                                                .identifier()
                                                .equals(columnIdentifier));
    }

    /** Returns the rows linked to no column. */
    public List<ResourceRef> unlinkedRows() {
        boolean[] linked = new boolean[rows.size()];
        links.forEach(l -> linked[l.row()] = true);
        List<ResourceRef> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!linked[i]) {
                result.add(rows.get(i));
            }
        }
        return result;
    }

    /** Returns the columns linked to no row. */
    public List<ResourceRef> unlinkedColumns() {
        boolean[] linked = new boolean[columns.size()];
        links.forEach(l -> linked[l.column()] = true);
        List<ResourceRef> result = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!linked[i]) {
                result.add(columns.get(i));
            }
        }
        return result;
    }

    /**
     * Returns the matrix as CSV: a header of column identifiers, then one row per row resource with
     * {@code x} where linked.
     */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        writeCsv(out);
        return out.toString();
    }

    /**
     * Writes the matrix as CSV (see {@link #toCsv()}) a line at a time, so that a large matrix can
     * go to a reply without being held in memory.
     *
     * @throws UncheckedIOException if the output fails
     */
    public void writeCsv(Appendable out) {
        Objects.requireNonNull(out, "out");
        List<String> header = new ArrayList<>();
        header.add(SafeText.csvCell(rowKind + " \\ " + columnKind));
        columns.forEach(c -> header.add(SafeText.csvCell(name(c))));
        List<Link> byRow = new ArrayList<>(links);
        byRow.sort(java.util.Comparator.comparingInt(Link::row).thenComparingInt(Link::column));
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(header);
            String[] line = new String[columns.size() + 1];
            int next = 0;
            for (int r = 0; r < rows.size(); r++) {
                java.util.Arrays.fill(line, "");
                line[0] = SafeText.csvCell(name(rows.get(r)));
                while (next < byRow.size() && byRow.get(next).row() == r) {
                    line[byRow.get(next).column() + 1] = "x";
                    next++;
                }
                csv.printRecord((Object[]) line);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the matrix as a table, as {@link #writeCsv} lays it out (a header of the column
     * resources, then a row per row resource with {@code x} where they are linked), to any {@link
     * TableWriter}: CSV or XLSX, a row at a time.
     */
    public void writeTable(TableWriter table) {
        Objects.requireNonNull(table, "table");
        List<String> header = new ArrayList<>();
        header.add(rowKind + " \\ " + columnKind);
        columns.forEach(c -> header.add(name(c)));
        table.header(header);
        List<Link> byRow = new ArrayList<>(links);
        byRow.sort(java.util.Comparator.comparingInt(Link::row).thenComparingInt(Link::column));
        String[] line = new String[columns.size() + 1];
        int next = 0;
        for (int r = 0; r < rows.size(); r++) {
            java.util.Arrays.fill(line, "");
            line[0] = name(rows.get(r));
            while (next < byRow.size() && byRow.get(next).row() == r) {
                line[byRow.get(next).column() + 1] = "x";
                next++;
            }
            table.row(java.util.Arrays.asList(line));
        }
    }

    /**
     * Returns the matrix as Markdown: the linked pairs as a table, then the rows and columns that
     * nothing links.
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        writeMarkdown(md);
        return md.toString();
    }

    /**
     * Writes the matrix as Markdown (see {@link #toMarkdown()}) a line at a time.
     *
     * @throws UncheckedIOException if the output fails
     */
    public void writeMarkdown(Appendable out) {
        Objects.requireNonNull(out, "out");
        try {
            writeMarkdownLines(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeMarkdownLines(Appendable md) throws IOException {
        md.append("# Traceability: ")
                .append(cell(rowKind))
                .append(" x ")
                .append(cell(columnKind))
                .append("\n\n")
                .append(
                        via.isEmpty()
                                ? "Direct links."
                                : "Through " + cell(String.join(" / ", via)))
                .append(' ')
                .append(Integer.toString(links.size()))
                .append(" linked pairs; ")
                .append(Integer.toString(rows.size() - unlinkedRows().size()))
                .append(" of ")
                .append(Integer.toString(rows.size()))
                .append(" rows and ")
                .append(Integer.toString(columns.size() - unlinkedColumns().size()))
                .append(" of ")
                .append(Integer.toString(columns.size()))
                .append(" columns linked.\n\n| ")
                .append(cell(rowKind))
                .append(" | ")
                .append(cell(columnKind))
                .append(" | Relations |\n|---|---|---|\n");
        for (Link l : links) {
            md.append("| ")
                    .append(cell(label(rows.get(l.row()))))
                    .append(" | ")
                    .append(cell(label(columns.get(l.column()))))
                    .append(" | ")
                    .append(cell(String.join(", ", l.relations())))
                    .append(" |\n");
        }
        md.append("\n## Rows linked to nothing\n\n");
        unlinked(md, unlinkedRows());
        md.append("\n## Columns linked to nothing\n\n");
        unlinked(md, unlinkedColumns());
    }

    private static void unlinked(Appendable md, List<ResourceRef> refs) throws IOException {
        if (refs.isEmpty()) {
            md.append("None.\n");
        }
        for (ResourceRef r : refs) {
            md.append("- ").append(cell(label(r))).append('\n');
        }
    }

    private static String name(ResourceRef r) {
        return r.identifier().isEmpty() ? r.label() : r.identifier();
    }

    private static String label(ResourceRef r) {
        if (r.identifier().isEmpty() || r.label().startsWith(r.identifier())) {
            return r.label();
        }
        return r.identifier() + " " + r.label();
    }

    private static String cell(String text) {
        return SafeText.markdown(text);
    }
}
