package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.designregistry.model.catalog.ResourceRef;

/**
 * Every decision of the registry against its publication deadline on one day: the decisions log's
 * publication columns and the overdue report in one.
 *
 * @param on the day the statuses are for
 * @param rule the rule the due dates were counted by
 * @param decisions the decisions that could be scheduled, by due date then reference
 * @param unscheduled decisions with no due date, each with the reason (no meeting or decision date;
 *     a date the calendar holds no holidays for)
 */
public record PublicationReport(
        LocalDate on,
        PublicationRule rule,
        List<DecisionPublication> decisions,
        List<Unscheduled> unscheduled) {

    /** Checks the parts and copies the lists. */
    public PublicationReport {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(rule, "rule");
        decisions = List.copyOf(decisions);
        unscheduled = List.copyOf(unscheduled);
    }

    /** Returns the decisions not published and past their due date, the most overdue first. */
    public List<DecisionPublication> overdue() {
        return withStatus(PublicationStatus.OVERDUE);
    }

    /** Returns the decisions not published and due within the rule's warning window. */
    public List<DecisionPublication> dueSoon() {
        return withStatus(PublicationStatus.DUE_SOON);
    }

    /** Returns the decisions in one status, in the report's order. */
    public List<DecisionPublication> withStatus(PublicationStatus status) {
        return decisions.stream().filter(d -> d.status() == status).toList();
    }

    /** Returns every scheduled decision as CSV, one row each, cells safe from formula injection. */
    public String toCsv() {
        return PublicationTables.csv(this);
    }

    /** Returns the overdue, due-soon and unscheduled decisions as a Markdown report. */
    public String toMarkdown() {
        return PublicationTables.markdown(this);
    }

    /**
     * A decision the report cannot give a due date.
     *
     * @param decision the decision
     * @param reason why, in words a person can act on
     */
    public record Unscheduled(ResourceRef decision, String reason) {

        /** Checks that neither part is null. */
        public Unscheduled {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
