package org.designregistry.server.governance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.designregistry.model.RegistryException;

/** The bodies of the workflow's API requests, and the checks they share. */
final class WorkflowRequests {

    private WorkflowRequests() {}

    /**
     * A recommendation: the body that must decide, the subjects (references or IRIs), a summary,
     * what the working group recommends, and an optional title.
     */
    record RecommendationRequest(
            String body, List<String> subjects, String summary, String proposal, String title) {}

    /**
     * A decision on a recommendation: the outcome ({@code accept}, {@code reject}, {@code
     * refer-for-work}, {@code accept-subject-to-work}, {@code refer-to-psg}), the rationale, the
     * conditions (for {@code accept-subject-to-work}), and optionally the deciding body, the level
     * (1 to 4), the meeting, the day, and {@code acknowledgeChanges: true} to decide on subjects
     * that changed after the recommendation (refused with 409 otherwise).
     */
    record DecisionRequest(
            String outcome,
            String rationale,
            List<String> conditions,
            String body,
            Integer level,
            String meeting,
            String date,
            Boolean acknowledgeChanges) {}

    /** A meeting: the body, the day, an optional label and the posts (seats) that attend. */
    record MeetingRequest(String body, String date, String label, List<String> attendees) {}

    /**
     * A delegation of a recommendation's decision to another body, from a day (today if absent).
     */
    record DelegationRequest(String body, String date) {}

    /** A concern with a decision: the constituency that voices it and what it is. */
    record ConcernRequest(String constituency, String description) {}

    /**
     * A concern's settlement: {@code resolved} (by the deciding body) or {@code escalated} (to the
     * PSG), the outcome in words, and the day (today if absent).
     */
    record SettlementRequest(String outcome, String resolution, String date) {}

    /** A condition marked met, on a day (today if absent). */
    record MetRequest(String date) {}

    /**
     * Returns the day a {@code yyyy-mm-dd} text names, or null when it is absent.
     *
     * @throws RegistryException naming the field when it is not a date
     */
    static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RegistryException(
                    "The " + field + " '" + text.strip() + "' is not a date: expected yyyy-mm-dd");
        }
    }

    /**
     * Returns whether a settlement escalates.
     *
     * @throws RegistryException when the outcome is neither resolved nor escalated
     */
    static boolean escalates(String outcome) {
        String value = outcome == null ? "" : outcome.strip();
        return switch (value) {
            case "escalated", "escalate" -> true;
            case "resolved", "resolve" -> false;
            default ->
                    throw new RegistryException(
                            "Unknown settlement outcome '"
                                    + value
                                    + "' (outcome): expected resolved or escalated");
        };
    }

    /** Returns the list, or an empty one when it is absent. */
    static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values;
    }
}
