package org.designregistry.model.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.designregistry.model.text.SafeText;

/** Writes a table as RFC 4180 CSV in UTF-8, each cell escaped against formula injection. */
final class CsvTableWriter implements TableWriter {

    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) {
        try {
            this.printer =
                    new CSVPrinter(
                            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                            CSVFormat.RFC4180);
        } catch (IOException e) {
            throw TableWriter.failed(e);
        }
    }

    @Override
    public void header(List<String> labels) {
        row(labels);
    }

    @Override
    public void row(List<String> cells) {
        try {
            for (String cell : cells) {
                printer.print(SafeText.csvCell(cell == null ? "" : cell));
            }
            printer.println();
        } catch (IOException e) {
            throw TableWriter.failed(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw TableWriter.failed(e);
        }
    }
}
