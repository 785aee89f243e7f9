package org.designregistry.server.trace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.designregistry.model.table.TableFormat;
import org.designregistry.model.table.TableWriter;
import org.designregistry.model.trace.TraceMatrix;
import org.designregistry.model.trace.Traceability;
import org.designregistry.server.web.TableDownloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/trace/matrix?rows=&cols=[&via=]} and {@code GET /api/trace/gaps}; JSON by
 * default, {@code format=csv|md} for text, which the matrix writes as it goes (streamed).
 */
@RestController
class TraceApiController {

    private final Traceability trace;

    TraceApiController(Traceability trace) {
        this.trace = trace;
    }

    @GetMapping("/api/trace/matrix")
    ResponseEntity<?> matrix(
            @RequestParam("rows") String rows,
            @RequestParam("cols") String cols,
            @RequestParam(name = "via", required = false) List<String> via,
            @RequestParam(name = "format", required = false) String format,
            HttpServletResponse response)
            throws IOException {
        List<String> path =
                via == null
                        ? List.of()
                        : via.stream()
                                .flatMap(v -> Arrays.stream(v.split(",")))
                                .map(String::strip)
                                .filter(v -> !v.isEmpty())
                                .toList();
        TraceMatrix matrix = trace.matrix(rows, cols, path);
        return switch (format == null
                ? "json"
                : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "json" ->
                    ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(TraceResponses.MatrixResponse.of(matrix));
            case "csv" -> stream(matrix::writeCsv, "text/csv", response);
            case "md" -> stream(matrix::writeMarkdown, "text/markdown", response);
            case "xlsx" -> workbook(matrix, response);
            default ->
                    throw new IllegalArgumentException(
                            "Unknown format '" + format + "': expected json, csv, md or xlsx");
        };
    }

    /** Writes the matrix to the reply as an XLSX workbook, a row at a time (POI's SXSSF). */
    private static ResponseEntity<?> workbook(TraceMatrix matrix, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(TableFormat.XLSX.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                TableDownloads.attachment(
                        "matrix-" + matrix.rowKind() + "-" + matrix.columnKind(),
                        TableFormat.XLSX));
        try (TableWriter table =
                TableWriter.of(TableFormat.XLSX, response.getOutputStream(), "Matrix")) {
            matrix.writeTable(table);
        }
        return null;
    }

    @GetMapping("/api/trace/gaps")
    ResponseEntity<?> gaps(@RequestParam(name = "format", required = false) String format) {
        if (format != null && format.strip().equalsIgnoreCase("md")) {
            return text(trace.gaps().toMarkdown(), "text/markdown");
        }
        if (format != null && !format.strip().equalsIgnoreCase("json")) {
            throw new IllegalArgumentException(
                    "Unknown format '" + format + "': expected json or md");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(TraceResponses.GapsResponse.of(trace.gaps()));
    }

    /**
     * Writes the text to the reply as it goes, so that a large matrix is never held whole in memory
     * as a string; the caller returns nothing, the reply being written.
     */
    private static ResponseEntity<?> stream(
            Consumer<Appendable> writer, String type, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(
                new MediaType(MediaType.valueOf(type), StandardCharsets.UTF_8).toString());
        Writer text =
                new BufferedWriter(
                        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                        65536);
        writer.accept(text);
        text.flush();
        return null;
    }

    private static ResponseEntity<String> text(String body, String type) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.valueOf(type), StandardCharsets.UTF_8))
                .body(body);
    }
}
