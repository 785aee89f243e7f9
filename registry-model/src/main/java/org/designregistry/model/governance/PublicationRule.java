package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a body's decisions are due for publication and how late one is: the seed's terms of
 * reference give the DAG 10 working days from the meeting; a report warns 3 working days ahead.
 *
 * @param calendar the working days the deadline is counted in
 * @param workingDaysAllowed the working days after the meeting by which a decision is published
 * @param warningWorkingDays how many working days before its due date a decision is "due soon"
 */
public record PublicationRule(
        WorkingDayCalendar calendar, int workingDaysAllowed, int warningWorkingDays) {

    /** Checks the rule's parts. */
    public PublicationRule {
        Objects.requireNonNull(calendar, "calendar");
        if (workingDaysAllowed < 0 || warningWorkingDays < 0) {
            throw new IllegalArgumentException(
                    "working days must not be negative: allowed "
                            + workingDaysAllowed
                            + ", warning "
                            + warningWorkingDays);
        }
    }

    /** Returns the DAG's rule: 10 working days in England and Wales, warned 3 days ahead. */
    public static PublicationRule designAdvisoryGroup(WorkingDayCalendar calendar) {
        return new PublicationRule(calendar, 10, 3);
    }

    /** Returns the last day a decision taken at a meeting on {@code meeting} may be published. */
    public LocalDate dueDate(LocalDate meeting) {
        return calendar.addWorkingDays(meeting, workingDaysAllowed);
    }

    /**
     * Returns where a decision of a meeting on {@code meeting} stands on {@code today}, given when
     * (if ever) it was published. A publication after {@code today} has not happened yet on that
     * day, so a report on a past day shows the past as it was.
     */
    public PublicationStatus status(
            LocalDate meeting, Optional<LocalDate> published, LocalDate today) {
        LocalDate due = dueDate(meeting);
        published = published.filter(day -> !day.isAfter(today));
        if (published.isPresent()) {
            return published.get().isAfter(due)
                    ? PublicationStatus.PUBLISHED_LATE
                    : PublicationStatus.PUBLISHED;
        }
        if (today.isAfter(due)) {
            return PublicationStatus.OVERDUE;
        }
        return calendar.workingDaysBetween(today, due) <= warningWorkingDays
                ? PublicationStatus.DUE_SOON
                : PublicationStatus.PENDING;
    }
}
