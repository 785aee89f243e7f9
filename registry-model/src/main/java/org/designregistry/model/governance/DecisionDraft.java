package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.RegistryException;

/**
 * A body's decision on a recommendation, to record.
 *
 * @param recommendation the recommendation's IRI
 * @param outcome what the body decided
 * @param body the deciding body's IRI; the body the recommendation was submitted to when empty
 * @param level the decision level (1 to 4); the deciding body's own level when empty
 * @param meeting the meeting's IRI; the meeting whose agenda holds the recommendation when empty
 * @param date the day of the decision; the meeting's day, else today, when empty
 * @param rationale why; required when the outcome refers the recommendation for more work
 * @param conditions the additional work, one text a condition; required for {@link
 *     Outcome#ACCEPT_SUBJECT_TO_WORK} and refused for the other outcomes
 * @param acknowledgeChanges whether the body knows that subjects changed after the recommendation
 *     was submitted and decides on them as they are now; without it such a decision is refused
 */
public record DecisionDraft(
        String recommendation,
        Outcome outcome,
        Optional<String> body,
        Optional<Integer> level,
        Optional<String> meeting,
        Optional<LocalDate> date,
        String rationale,
        List<String> conditions,
        boolean acknowledgeChanges) {

    /**
     * Checks the parts against the outcome.
     *
     * @throws RegistryException when a level is outside 1 to 4, a referral for work has no reason,
     *     or the conditions do not fit the outcome
     */
    public DecisionDraft {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(date, "date");
        rationale = rationale == null ? "" : rationale.strip();
        conditions =
                Objects.requireNonNull(conditions, "conditions").stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .toList();
        if (level.isPresent() && (level.get() < 1 || level.get() > 4)) {
            throw new RegistryException(
                    "Unknown decision level " + level.get() + " (level): expected 1 to 4");
        }
        if (outcome == Outcome.REFER_FOR_WORK && rationale.isEmpty()) {
            throw new RegistryException(
                    "A referral for additional work needs its reason (rationale)");
        }
        if (outcome == Outcome.ACCEPT_SUBJECT_TO_WORK && conditions.isEmpty()) {
            throw new RegistryException(
                    "Accepting subject to additional work needs at least one condition"
                            + " (conditions)");
        }
        if (outcome != Outcome.ACCEPT_SUBJECT_TO_WORK && !conditions.isEmpty()) {
            throw new RegistryException(
                    "Only an acceptance subject to additional work has conditions (conditions);"
                            + " the outcome is "
                            + outcome.code());
        }
    }

    /** Returns a draft with only the recommendation, outcome and rationale; the rest defaults. */
    public static DecisionDraft of(String recommendation, Outcome outcome, String rationale) {
        return of(recommendation, outcome, rationale, List.of());
    }

    /** Returns a draft with the recommendation, outcome, rationale and conditions. */
    public static DecisionDraft of(
            String recommendation, Outcome outcome, String rationale, List<String> conditions) {
        return new DecisionDraft(
                recommendation,
                outcome,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                rationale,
                conditions,
                false);
    }

    /** Returns this draft with the deciding body and level given. */
    public DecisionDraft by(String decidingBody, int decisionLevel) {
        return new DecisionDraft(
                recommendation,
                outcome,
                Optional.of(decidingBody),
                Optional.of(decisionLevel),
                meeting,
                date,
                rationale,
                conditions,
                acknowledgeChanges);
    }

    /**
     * Returns this draft acknowledging that subjects changed after the recommendation: the decision
     * is then about them as they are when it is recorded.
     */
    public DecisionDraft acknowledgingChanges() {
        return new DecisionDraft(
                recommendation, outcome, body, level, meeting, date, rationale, conditions, true);
    }
}
