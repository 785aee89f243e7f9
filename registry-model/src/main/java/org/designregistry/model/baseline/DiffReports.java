package org.designregistry.model.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.designregistry.model.baseline.BaselineDiff.Group;
import org.designregistry.model.baseline.BaselineDiff.ResourceDiff;
import org.designregistry.model.baseline.BaselineDiff.Side;
import org.designregistry.model.baseline.BaselineDiff.Status;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.Difference;
import org.designregistry.model.history.Labelled;
import org.designregistry.model.text.SafeText;

/**
 * Writes a {@link BaselineDiff} for people: CSV with one row per changed property or link (a row
 * per added or removed resource), and a Markdown report with the counts first. Text from the data
 * is escaped ({@link SafeText}).
 */
public final class DiffReports {

    /** The CSV columns. */
    public static final List<String> CSV_HEADER =
            List.of(
                    "status",
                    "kind",
                    "workstream",
                    "identifier",
                    "label",
                    "iri",
                    "property",
                    "old",
                    "new",
                    "changes");

    private DiffReports() {}

    /** Returns the difference as CSV (RFC 4180), with a header row. */
    public static String csv(BaselineDiff diff) {
        StringBuilder out = new StringBuilder();
        CSVFormat format =
                CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ResourceDiff r : diff.resources()) {
                List<Difference> rows = r.status() == Status.CHANGED ? r.differences() : List.of();
                if (rows.isEmpty()) {
                    csv.printRecord(row(r, "", "", ""));
                }
                for (Difference d : rows) {
                    csv.printRecord(
                            row(r, d.property().label(), labels(d.before()), labels(d.after())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Returns the difference as a Markdown report: counts, groups, resources, changes. */
    public static String markdown(BaselineDiff diff) {
        StringBuilder md = new StringBuilder();
        md.append("# Changes from ")
                .append(side(diff.from()))
                .append(" to ")
                .append(side(diff.to()))
                .append("\n\n");
        md.append(diff.count(Status.ADDED))
                .append(" added, ")
                .append(diff.count(Status.REMOVED))
                .append(" removed, ")
                .append(diff.count(Status.CHANGED))
                .append(" changed, by ")
                .append(diff.changes().size())
                .append(" recorded changes.\n\n");
        if (!diff.groups().isEmpty()) {
            md.append("| Kind | Workstream | Added | Removed | Changed |\n|---|---|---|---|---|\n");
            for (Group g : diff.groups()) {
                md.append("| ")
                        .append(SafeText.markdown(g.kind()))
                        .append(" | ")
                        .append(SafeText.markdown(g.workstream()))
                        .append(" | ")
                        .append(g.added())
                        .append(" | ")
                        .append(g.removed())
                        .append(" | ")
                        .append(g.changed())
                        .append(" |\n");
            }
            md.append('\n');
        }
        for (ResourceDiff r : diff.resources()) {
            md.append("## ")
                    .append(r.status().name().toLowerCase(Locale.ROOT))
                    .append(": ")
                    .append(SafeText.markdown(title(r)))
                    .append(" (")
                    .append(SafeText.markdown(r.kind()))
                    .append(")\n\n");
            for (Difference d : r.differences()) {
                md.append("- ").append(SafeText.markdown(d.text())).append('\n');
            }
            md.append("- by changes ")
                    .append(
                            r.changes().stream()
                                    .map(n -> "#" + n)
                                    .collect(Collectors.joining(", ")))
                    .append("\n\n");
        }
        if (!diff.changes().isEmpty()) {
            md.append("## The changes\n\n| Change | When | Who | Why |\n|---|---|---|---|\n");
            for (ChangeRecord c : diff.changes()) {
                md.append("| ")
                        .append(c.number())
                        .append(" | ")
                        .append(c.time())
                        .append(" | ")
                        .append(SafeText.markdown(c.principal()))
                        .append(" | ")
                        .append(SafeText.markdown(c.message().orElse("")))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static List<String> row(ResourceDiff r, String property, String old, String now) {
        return List.of(
                        r.status().name().toLowerCase(Locale.ROOT),
                        r.kind(),
                        r.workstream(),
                        r.identifier(),
                        r.label(),
                        r.iri(),
                        property,
                        old,
                        now,
                        r.changes().stream().map(String::valueOf).collect(Collectors.joining(" ")))
                .stream()
                .map(SafeText::csvCell)
                .toList();
    }

    private static String title(ResourceDiff r) {
        return r.identifier().isEmpty() || r.label().contains(r.identifier())
                ? r.label()
                : r.identifier() + " " + r.label();
    }

    private static String side(Side side) {
        return Side.CURRENT.equals(side.name())
                ? "the registry now (change " + side.change() + ")"
                : SafeText.markdown(side.name()) + " (change " + side.change() + ")";
    }

    private static String labels(List<Labelled> values) {
        return values.stream().map(Labelled::label).collect(Collectors.joining("; "));
    }
}
