package org.designregistry.model.impact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.designregistry.model.catalog.ResourceRef;

/**
 * Who asked for a report, when, and at which version of the data: with the query itself, the header
 * block that makes a printed or downloaded report stand on its own.
 *
 * @param at when the report was made
 * @param dataVersion the number of the latest change in the registry's history when it was made, 0
 *     when none is recorded
 * @param by who asked, such as the signed-in user's name
 */
public record ReportHeader(Instant at, long dataVersion, String by) {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    /** Checks the parts. */
    public ReportHeader {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (dataVersion < 0) {
            throw new IllegalArgumentException("dataVersion must not be negative: " + dataVersion);
        }
    }

    /**
     * One line of the header block.
     *
     * @param name what it says, such as {@code Asked}
     * @param value its value, as text
     */
    public record Field(String name, String value) {}

    /**
     * Returns the header block of a report: what was asked (starts, direction, depth, relations,
     * types), when, at which data version and by whom.
     */
    public List<Field> fields(ImpactReport report) {
        ImpactQuery q = report.query();
        List<Field> fields = new ArrayList<>();
        fields.add(
                new Field(
                        "Change to",
                        report.starts().stream()
                                .map(CsvReport::name)
                                .collect(Collectors.joining(", "))));
        StringBuilder asked =
                new StringBuilder(q.direction().name().toLowerCase(Locale.ROOT))
                        .append(", ")
                        .append(
                                q.maxDepth().isPresent()
                                        ? "depth at most " + q.maxDepth().getAsInt()
                                        : "any depth");
        asked.append(
                q.relations().isEmpty()
                        ? ", every relation that carries change"
                        : ", only " + String.join(", ", q.relations().stream().sorted().toList()));
        if (!q.types().isEmpty()) {
            asked.append(", entering only ")
                    .append(String.join(", ", q.types().stream().sorted().toList()));
        }
        if (!q.search().isEmpty()) {
            asked.append(", with the best ")
                    .append(q.searchLimit())
                    .append(" hits of the search \"")
                    .append(q.search())
                    .append('"');
        }
        fields.add(new Field("Asked", asked.toString()));
        fields.add(new Field("When", WHEN.format(at)));
        fields.add(
                new Field(
                        "Data version",
                        dataVersion == 0
                                ? "no change recorded in the history"
                                : "change " + dataVersion + " of the history"));
        fields.add(new Field("By", by.isBlank() ? "anonymous" : by));
        return fields;
    }

    /**
     * Returns the file name a download of the report should have, such as {@code
     * impact-DI-037-2026-12-03.csv}: the first start (and how many more), the day, the extension.
     */
    public String fileName(ImpactReport report, String extension) {
        Objects.requireNonNull(extension, "extension");
        List<ResourceRef> starts = report.starts();
        String first = starts.isEmpty() ? "search" : CsvReport.name(starts.get(0));
        String safe = first.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (safe.isEmpty()) {
            safe = "resource";
        }
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        String more = starts.size() > 1 ? "-and-" + (starts.size() - 1) + "-more" : "";
        return "impact-"
                + safe
                + more
                + "-"
                + at.atZone(ZoneOffset.UTC).toLocalDate()
                + "."
                + extension;
    }
}
