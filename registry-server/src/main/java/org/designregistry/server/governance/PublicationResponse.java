package org.designregistry.server.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.governance.DecisionPublication;
import org.designregistry.model.governance.PublicationReport;
import org.designregistry.model.governance.PublicationStatus;

/**
 * The JSON reply of {@code GET /api/decisions/publication} (and of {@code registry decisions
 * overdue --format json}).
 *
 * @param on the day the statuses are for
 * @param workingDaysAllowed working days after the meeting by which a decision is published
 * @param dueSoonWorkingDays the warning window, in working days
 * @param counts how many decisions are in each status, over all decisions
 * @param decisions the decisions asked for (all, or those of the statuses asked), by due date
 * @param unscheduled decisions with no due date, with the reason
 */
public record PublicationResponse(
        LocalDate on,
        int workingDaysAllowed,
        int dueSoonWorkingDays,
        Counts counts,
        List<Row> decisions,
        List<Unscheduled> unscheduled) {

    /** Returns the reply for a report, keeping the decisions whose status is in {@code wanted}. */
    public static PublicationResponse of(PublicationReport report, List<PublicationStatus> wanted) {
        return new PublicationResponse(
                report.on(),
                report.rule().workingDaysAllowed(),
                report.rule().warningWorkingDays(),
                Counts.of(report),
                report.decisions().stream()
                        .filter(d -> wanted.contains(d.status()))
                        .map(Row::of)
                        .toList(),
                report.unscheduled().stream()
                        .map(u -> new Unscheduled(Decision.of(u.decision()), u.reason()))
                        .toList());
    }

    /** Returns a status's name in the API: {@code DUE_SOON} is {@code due-soon}. */
    public static String statusName(PublicationStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Decisions per status. */
    public record Counts(int overdue, int dueSoon, int pending, int published, int publishedLate) {
        static Counts of(PublicationReport report) {
            return new Counts(
                    report.withStatus(PublicationStatus.OVERDUE).size(),
                    report.withStatus(PublicationStatus.DUE_SOON).size(),
                    report.withStatus(PublicationStatus.PENDING).size(),
                    report.withStatus(PublicationStatus.PUBLISHED).size(),
                    report.withStatus(PublicationStatus.PUBLISHED_LATE).size());
        }
    }

    /** A decision named as the API names resources. */
    public record Decision(String iri, String identifier, String label) {
        static Decision of(ResourceRef ref) {
            return new Decision(ref.iri(), ref.identifier(), ref.label());
        }
    }

    /**
     * One decision against its deadline.
     *
     * @param decision the decision
     * @param body the label of the body that made it, or null
     * @param level the label of its level, or null
     * @param outcome the label of its outcome, or null
     * @param meeting the day its clock starts
     * @param due its due date by the rule
     * @param statedDue the due date the data states, or null
     * @param published when it was published, or null
     * @param status {@code overdue}, {@code due-soon}, {@code pending}, {@code published} or {@code
     *     published-late}
     * @param workingDaysLeft working days to the due date (negative once overdue), or null once
     *     published
     */
    public record Row(
            Decision decision,
            String body,
            String level,
            String outcome,
            LocalDate meeting,
            LocalDate due,
            LocalDate statedDue,
            LocalDate published,
            String status,
            Integer workingDaysLeft) {

        static Row of(DecisionPublication d) {
            return new Row(
                    Decision.of(d.decision()),
                    d.body().map(ResourceRef::label).orElse(null),
                    blankToNull(d.level().label()),
                    blankToNull(d.outcome().label()),
                    d.meeting(),
                    d.due(),
                    d.statedDue().orElse(null),
                    d.published().orElse(null),
                    statusName(d.status()),
                    d.published().isPresent() ? null : d.workingDaysLeft());
        }

        private static String blankToNull(String text) {
            return text.isBlank() ? null : text;
        }
    }

    /** A decision with no due date, and why. */
    public record Unscheduled(Decision decision, String reason) {}
}
