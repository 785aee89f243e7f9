package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;

/**
 * One decision against its publication deadline.
 *
 * @param decision the decision
 * @param body the body that made it, if the data says
 * @param level its decision level, or {@link Concept#NONE}
 * @param outcome its outcome, or {@link Concept#NONE}
 * @param meeting the day of the meeting (or of the decision, where no meeting is recorded)
 * @param due the last day of publication, counted by the rule
 * @param statedDue the due date the data states ({@code dr:publicationDue}), if any; a report shows
 *     it beside {@code due} when the two differ
 * @param published when it was published ({@code dcterms:issued}), if it was
 * @param status where it stands on the report's day
 * @param workingDaysLeft working days from the report's day to {@code due}: negative once overdue
 */
public record DecisionPublication(
        ResourceRef decision,
        Optional<ResourceRef> body,
        Concept level,
        Concept outcome,
        LocalDate meeting,
        LocalDate due,
        Optional<LocalDate> statedDue,
        Optional<LocalDate> published,
        PublicationStatus status,
        int workingDaysLeft) {

    /** Checks that no part is null. */
    public DecisionPublication {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(statedDue, "statedDue");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(status, "status");
    }

    /** Returns true when the data states a due date other than the one the rule gives. */
    public boolean statedDueDiffers() {
        return statedDue.isPresent() && !statedDue.get().equals(due);
    }
}
