package org.designregistry.model.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactReport.Approval;
import org.designregistry.model.impact.ImpactReport.Hit;
import org.designregistry.model.impact.ImpactReport.Path;
import org.designregistry.model.text.SafeText;

/**
 * Writes a report's hits as CSV: one row per hit, several values in a cell joined by "; "; a cell
 * that a spreadsheet would read as a formula is made text ({@link SafeText#csvCell}). The last
 * column says whether a hit's path runs through a suspect link, when the caller knows.
 */
final class CsvReport {

    static final List<String> HEADER =
            List.of(
                    "depth",
                    "direction",
                    "identifier",
                    "label",
                    "type",
                    "iri",
                    "status",
                    "owners",
                    "produced_by",
                    "approved_by",
                    "path",
                    "through_suspect_link");

    private CsvReport() {}

    static String write(
            ImpactReport report, Optional<ReportHeader> header, Optional<Set<String>> suspect) {
        StringBuilder out = new StringBuilder();
        CSVFormat.Builder builder =
                CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new));
        header.ifPresent(
                h ->
                        builder.setCommentMarker('#')
                                .setHeaderComments(
                                        h.fields(report).stream()
                                                .map(f -> f.name() + ": " + oneLine(f.value()))
                                                .toArray()));
        CSVFormat format = builder.get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Hit h : report.hits()) {
                csv.printRecord(
                        Stream.of(
                                        Integer.toString(h.depth()),
                                        h.direction().name().toLowerCase(java.util.Locale.ROOT),
                                        h.resource().identifier(),
                                        h.resource().label(),
                                        h.typeLabel(),
                                        h.resource().iri(),
                                        h.status().map(Concept::label).orElse(""),
                                        names(h.owners()),
                                        h.producedBy().map(CsvReport::name).orElse(""),
                                        h.approvals().stream()
                                                .map(CsvReport::approval)
                                                .collect(Collectors.joining("; ")),
                                        h.paths().stream()
                                                        .map(Path::toString)
                                                        .collect(Collectors.joining(" | "))
                                                + (h.morePaths() ? " | ..." : ""),
                                        suspect.map(
                                                        through ->
                                                                through.contains(h.resource().iri())
                                                                        ? "yes"
                                                                        : "no")
                                                .orElse(""))
                                .map(SafeText::csvCell)
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Keeps a header value on its comment line: a line break would start a data row. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }

    private static String approval(Approval a) {
        return name(a.decision()) + " (" + name(a.body()) + ", " + a.level().label() + ")";
    }

    private static String names(List<ResourceRef> refs) {
        return refs.stream().map(CsvReport::name).collect(Collectors.joining("; "));
    }

    static String name(ResourceRef r) {
        return r.identifier().isEmpty() ? r.label() : r.identifier();
    }
}
