package org.designregistry.model.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a table downloads as, with their file extension and media type. */
public enum TableFormat {
    /** RFC 4180 CSV in UTF-8, cells escaped against formula injection. */
    CSV("csv", "text/csv"),
    /** An Office Open XML workbook of one sheet, every cell text. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    TableFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Returns the file extension, without the dot: {@code csv}, {@code xlsx}. */
    public String extension() {
        return extension;
    }

    /** Returns the media type to serve it with. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns the format with this extension (ignoring case and a leading dot), or empty. */
    public static Optional<TableFormat> ofExtension(String extension) {
        String wanted = extension.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
