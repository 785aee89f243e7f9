package org.designregistry.server.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.designregistry.model.table.TableFormat;
import org.designregistry.model.table.TableWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the lists pages show (browse, search hits, gaps, the matrix): the same rows as the
 * page for the same parameters, written as CSV or XLSX by the model's {@link TableWriter} as they
 * are produced (streaming, cells escaped against formula injection), named after the list and the
 * day, such as {@code browse-artefact-2026-12-03.xlsx}.
 */
public final class TableDownloads {

    private TableDownloads() {}

    /**
     * Returns the {@code Content-Disposition} of a download named after the list and today (UTC),
     * such as {@code attachment; filename="gaps-unowned-artefacts-2026-12-03.csv"}.
     */
    public static String attachment(String name, TableFormat format) {
        String file =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
                        + "-"
                        + LocalDate.now(Clock.systemUTC())
                        + "."
                        + format.extension();
        return ContentDisposition.attachment().filename(file).build().toString();
    }

    /**
     * Returns the format a {@code format=} parameter names, or throws a 400 that names the choices.
     */
    public static TableFormat format(String name) {
        Objects.requireNonNull(name, "name");
        return TableFormat.ofExtension(name)
                .orElseThrow(
                        () ->
                                new ResponseStatusException(
                                        HttpStatus.BAD_REQUEST,
                                        "Unknown download format '"
                                                + name
                                                + "': give format=csv or format=xlsx."));
    }

    /**
     * Returns a download of a table: {@code rows} writes the rows after the header, as it reads
     * them.
     *
     * @param name the start of the file's name, such as {@code browse-artefact}
     * @param sheet the XLSX sheet's name, such as "Design artefacts"
     */
    public static ResponseEntity<StreamingResponseBody> of(
            TableFormat format,
            String name,
            String sheet,
            List<String> header,
            Consumer<TableWriter> rows) {
        return of(
                format,
                name,
                sheet,
                table -> {
                    table.header(header);
                    rows.accept(table);
                });
    }

    /**
     * Returns a download of a table that {@code table} writes whole: its header, then its rows.
     *
     * @param name the start of the file's name, such as {@code matrix-requirement-process}
     * @param sheet the XLSX sheet's name
     */
    public static ResponseEntity<StreamingResponseBody> of(
            TableFormat format, String name, String sheet, Consumer<TableWriter> table) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, format))
                .body(
                        out -> {
                            try (TableWriter writer = TableWriter.of(format, out, sheet)) {
                                table.accept(writer);
                            }
                        });
    }
}
