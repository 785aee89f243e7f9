package org.designregistry.model.governance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.text.SafeText;

/** Writes a {@link PublicationReport} as CSV (every decision) and Markdown (what needs action). */
final class PublicationTables {

    private static final List<String> HEADER =
            List.of(
                    "Decision",
                    "Label",
                    "Body",
                    "Level",
                    "Outcome",
                    "Meeting",
                    "Due",
                    "Stated due",
                    "Published",
                    "Status",
                    "Working days left");

    private PublicationTables() {}

    static String csv(PublicationReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (DecisionPublication d : report.decisions()) {
                csv.printRecord(
                        cell(d.decision().identifier()),
                        cell(d.decision().label()),
                        cell(d.body().map(ResourceRef::label).orElse("")),
                        cell(d.level().label()),
                        cell(d.outcome().label()),
                        d.meeting(),
                        d.due(),
                        date(d.statedDue()),
                        date(d.published()),
                        status(d.status()),
                        d.published().isPresent() ? "" : Integer.toString(d.workingDaysLeft()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String markdown(PublicationReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Decisions due for publication on ").append(report.on()).append("\n\n");
        md.append("Rule: published within ")
                .append(report.rule().workingDaysAllowed())
                .append(" working days of the meeting; due soon within ")
                .append(report.rule().warningWorkingDays())
                .append(" working days of the due date.\n\n");
        section(md, "Overdue", report.overdue());
        section(md, "Due soon", report.dueSoon());
        if (!report.unscheduled().isEmpty()) {
            md.append("## Without a due date (")
                    .append(report.unscheduled().size())
                    .append(")\n\n");
            for (PublicationReport.Unscheduled u : report.unscheduled()) {
                md.append("- ")
                        .append(SafeText.markdown(name(u.decision())))
                        .append(": ")
                        .append(SafeText.markdown(u.reason()))
                        .append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<DecisionPublication> rows) {
        md.append("## ").append(title).append(" (").append(rows.size()).append(")\n\n");
        if (rows.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| Decision | Body | Meeting | Due | Working days left |\n");
        md.append("|---|---|---|---|---|\n");
        for (DecisionPublication d : rows) {
            md.append("| ")
                    .append(SafeText.markdown(name(d.decision())))
                    .append(" | ")
                    .append(SafeText.markdown(d.body().map(ResourceRef::label).orElse("")))
                    .append(" | ")
                    .append(d.meeting())
                    .append(" | ")
                    .append(d.due())
                    .append(" | ")
                    .append(d.workingDaysLeft())
                    .append(" |\n");
        }
        md.append('\n');
    }

    /** Returns a status as people read it: {@code DUE_SOON} is "due soon". */
    static String status(PublicationStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String name(ResourceRef ref) {
        return ref.identifier().isEmpty() ? ref.label() : ref.identifier() + " " + ref.label();
    }

    private static String cell(String value) {
        return SafeText.csvCell(value);
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
