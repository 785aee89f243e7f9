package org.designregistry.model.governance;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.model.table.TableFormat;
import org.designregistry.model.table.TableWriter;
import org.designregistry.ontology.DR;

/**
 * The Assumptions and Decisions Log, produced from the data: every decision with its outcome, body,
 * level, meeting, subjects, rationale, conditions and publication dates, oldest first, as entries
 * or as a CSV or XLSX table.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     governance.log().write(TableFormat.XLSX, out);
 * }
 * }</pre>
 */
public final class DecisionsLog {

    /** The table's columns, in order. */
    public static final List<String> COLUMNS =
            List.of(
                    "Decision",
                    "Title",
                    "Date",
                    "Body",
                    "Level",
                    "Meeting",
                    "Outcome",
                    "Subjects",
                    "Rationale",
                    "Conditions",
                    "Publication due",
                    "Published",
                    "Illustrative");

    private static final Comparator<DecisionLogEntry> OLDEST_FIRST =
            Comparator.comparing((DecisionLogEntry e) -> e.date().orElse(LocalDate.MAX))
                    .thenComparing(DecisionLogEntry::decision);

    private final List<DecisionLogEntry> entries;

    private DecisionsLog(List<DecisionLogEntry> entries) {
        this.entries = entries;
    }

    /** Reads the log from a reader of the registry graph, with a publication rule for due dates. */
    static DecisionsLog read(GovernanceReader read, PublicationRule rule) {
        ResourceReader resources = read.resources();
        List<DecisionLogEntry> entries =
                resources.instances(DR.Decision.getURI()).stream()
                        .map(d -> entry(read, resources, rule, d))
                        .sorted(OLDEST_FIRST)
                        .toList();
        return new DecisionsLog(entries);
    }

    /** Returns every decision, oldest first. */
    public List<DecisionLogEntry> entries() {
        return entries;
    }

    /**
     * Writes the log as a table of {@link #COLUMNS}, one row a decision; leaves {@code out} open.
     */
    public void write(TableFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        try (TableWriter table = TableWriter.of(format, out, "Decisions Log")) {
            table.header(COLUMNS);
            for (DecisionLogEntry e : entries) {
                table.row(
                        List.of(
                                e.decision().identifier(),
                                e.decision().label(),
                                day(e.date()),
                                e.body().label(),
                                e.level().label(),
                                e.meeting().map(ResourceRef::label).orElse(""),
                                e.outcome().label(),
                                e.subjects().stream()
                                        .map(
                                                s ->
                                                        s.identifier().isEmpty()
                                                                ? s.label()
                                                                : s.identifier())
                                        .collect(Collectors.joining(", ")),
                                e.rationale(),
                                e.conditionsText(),
                                day(e.publicationDue()),
                                day(e.published()),
                                e.illustrative() ? "yes" : "no"));
            }
        }
    }

    private static DecisionLogEntry entry(
            GovernanceReader read, ResourceReader resources, PublicationRule rule, Node d) {
        Optional<Node> meeting = read.first(d, DR.madeAt, DR.records);
        Optional<LocalDate> date =
                resources
                        .date(d, DCTerms.date)
                        .or(() -> meeting.flatMap(m -> resources.date(m, DCTerms.date)));
        Optional<LocalDate> meetingDay =
                meeting.flatMap(m -> resources.date(m, DCTerms.date)).or(() -> date);
        List<ResourceRef> subjects =
                java.util.stream.Stream.of(
                                read.linked(d, DR.approves, DR.approvedBy),
                                read.linked(d, DR.rejects, DR.rejectedBy),
                                read.linked(d, DR.refers, DR.referredBy))
                        .flatMap(List::stream)
                        .distinct()
                        .map(resources::ref)
                        .sorted()
                        .toList();
        String rationale = resources.text(d, DR.rationale);
        return new DecisionLogEntry(
                resources.ref(d),
                date,
                read.first(d, DR.madeBy, DR.decided).map(resources::ref).orElse(ResourceRef.NONE),
                resources.concept(d, DR.decisionLevel).orElse(Concept.NONE),
                meeting.map(resources::ref),
                resources.concept(d, DR.outcome).orElse(Concept.NONE),
                subjects,
                rationale.isEmpty() ? read.comment(d) : rationale,
                read.conditionsOf(d),
                resources
                        .date(d, DR.publicationDue)
                        .or(() -> meetingDay.flatMap(m -> due(rule, m))),
                resources.date(d, DCTerms.issued),
                resources.illustrative(d));
    }

    /**
     * Returns the rule's due date, or empty when the calendar cannot count it (a year without
     * holidays): one decision out of the calendar's years must not keep the others from the log.
     */
    private static Optional<LocalDate> due(PublicationRule rule, LocalDate meeting) {
        try {
            return Optional.of(rule.dueDate(meeting));
        } catch (RegistryException e) {
            return Optional.empty();
        }
    }

    private static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse("");
    }
}
