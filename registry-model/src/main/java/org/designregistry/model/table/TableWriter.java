package org.designregistry.model.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes a table (a header of column labels, then rows of text cells) as CSV or XLSX, streaming:
 * rows go out as they are written, so a long table needs no more memory than a short one. CSV cells
 * that a spreadsheet would read as a formula are escaped as {@link
 * org.designregistry.model.text.SafeText#csvCell} says; XLSX cells are text cells, which
 * spreadsheets never evaluate.
 *
 * <pre>{@code
 * try (TableWriter table = TableWriter.of(TableFormat.XLSX, out, "Search hits")) {
 *     table.header(List.of("Identifier", "Label"));
 *     table.row(List.of("IF-041", "Meter reading"));
 * }
 * }</pre>
 *
 * <p>Closing the writer finishes the document and flushes it; it does not close {@code out}.
 */
public interface TableWriter extends AutoCloseable {

    /** Writes the header row of column labels; call it once, before the rows. */
    void header(List<String> labels);

    /**
     * Writes one row; a null cell is written empty, and a row shorter than the header leaves the
     * last cells empty.
     */
    void row(List<String> cells);

    /**
     * Finishes the document and flushes it to the stream, which stays open.
     *
     * @throws UncheckedIOException if it cannot be written
     */
    @Override
    void close();

    /**
     * Returns a writer of {@code format} to {@code out}; {@code sheet} names the XLSX sheet (cut to
     * the 31 characters a sheet name may have, with the characters sheet names forbid replaced).
     */
    static TableWriter of(TableFormat format, OutputStream out, String sheet) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(sheet, "sheet");
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheet);
        };
    }

    /** Wraps an I/O failure of a table being written. */
    static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("Could not write the table: " + e.getMessage(), e);
    }
}
