package org.designregistry.model.registers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.designregistry.model.imports.ImportPlan;

/**
 * Reads a spreadsheet register (XLSX or CSV, told by the file's first bytes) into an import plan
 * with a {@link RegisterMapping}, streaming its rows.
 *
 * <pre>{@code
 * ImportPlan plan = RegisterReader.read(Path.of("interfaces.xlsx"), "interfaces.xlsx",
 *         RegisterMappings.shipped().get("interfaces"), ReadProgress.NONE);
 * ImportPreview preview = imports.preview(plan);
 * }</pre>
 */
public final class RegisterReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private RegisterReader() {}

    /** The formats a register may come in. */
    public enum Format {
        /** An Office Open XML workbook. */
        XLSX,
        /** Comma-separated values in UTF-8. */
        CSV
    }

    /**
     * Returns the plan the register file states: one planned resource per data row, the problems of
     * rows and cells located by sheet, row and column.
     *
     * @param file the file, read and not changed
     * @param name the file's name as its owner knows it, used in locations and the change message
     * @throws UnreadableRegisterException if the file cannot be read as a register
     */
    public static ImportPlan read(
            Path file, String name, RegisterMapping mapping, ReadProgress progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(progress, "progress");
        Format format = format(file, name);
        RowPlanner planner =
                new RowPlanner(
                        mapping,
                        ImportPlan.builder(name),
                        format == Format.XLSX ? mapping.sheet() : name,
                        progress);
        if (format == Format.XLSX) {
            XlsxRows.read(file, mapping.sheet(), planner);
        } else {
            CsvRows.read(file, planner);
        }
        return planner.finish();
    }

    /**
     * Returns the format of a file: XLSX when it is a zip package, CSV otherwise.
     *
     * @throws UnreadableRegisterException if it is named {@code .xlsx} but is not a zip package, or
     *     is named as another kind of file this reader does not read
     */
    public static Format format(Path file, String name) {
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, 4);
        } catch (IOException e) {
            throw new UnreadableRegisterException(
                    "The file could not be read: " + e.getMessage(), false);
        }
        boolean zip = read == 4 && java.util.Arrays.equals(start, ZIP);
        String lower = name.toLowerCase(Locale.ROOT);
        if (zip) {
            return Format.XLSX;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            throw new UnreadableRegisterException(
                    "The file " + name + " is not an XLSX workbook (not a zip package)", false);
        }
        if (lower.endsWith(".xls")) {
            throw new UnreadableRegisterException(
                    "The file " + name + " is an old binary Excel workbook: save it as XLSX or CSV",
                    false);
        }
        return Format.CSV;
    }
}
