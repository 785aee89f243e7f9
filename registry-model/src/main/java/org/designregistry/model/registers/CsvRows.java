package org.designregistry.model.registers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180, UTF-8 with or without a byte-order mark) row by row with commons-csv;
 * empty lines count as rows, as a spreadsheet shows them. Cells that an export escaped against
 * formula injection ({@code '=...}) are read back without the escape.
 */
final class CsvRows {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvRows() {}

    /**
     * Streams the file's rows to {@code handler}.
     *
     * @throws UnreadableRegisterException if it is not UTF-8 text or not valid CSV
     */
    static void read(Path file, RowHandler handler) {
        handler.total(lines(file));
        var decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader =
                        new InputStreamReader(
                                new BufferedInputStream(Files.newInputStream(file)), decoder);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            long number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(unescaped(number == 1 && cells.isEmpty() ? noBom(value) : value));
                }
                handler.row(number, cells);
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableRegisterException(
                    "The CSV file is not UTF-8 text: save it as CSV UTF-8", false);
        } catch (UncheckedIOException e) {
            throw new UnreadableRegisterException(
                    "The CSV file is not valid CSV: " + e.getCause().getMessage(), false);
        } catch (IOException e) {
            throw new UnreadableRegisterException(
                    "The CSV file could not be read: " + e.getMessage(), false);
        }
    }

    /** Returns the cell without the quote an export put before a formula-like value. */
    static String unescaped(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'') {
            return switch (value.charAt(1)) {
                case '=', '+', '-', '@', '\t', '\r' -> value.substring(1);
                default -> value;
            };
        }
        return value;
    }

    private static String noBom(String value) {
        return value.startsWith("\uFEFF") ? value.substring(1) : value;
    }

    private static long lines(Path file) {
        long lines = 0;
        boolean open = false;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        open = false;
                    } else {
                        open = true;
                    }
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return open ? lines + 1 : lines;
    }
}
