package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting to record: the body, the day, an optional label and the posts (seats on the body, each
 * representing a constituency) whose holders attend.
 *
 * @param body the governing body's IRI
 * @param date the day of the meeting
 * @param label the meeting's name; a name is made from the body and day when empty
 * @param attendees the IRIs of the posts that attend
 */
public record MeetingDraft(
        String body, LocalDate date, Optional<String> label, List<String> attendees) {

    /** Checks the parts and copies the list. */
    public MeetingDraft {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(date, "date");
        label = Objects.requireNonNull(label, "label").filter(l -> !l.isBlank()).map(String::strip);
        attendees = List.copyOf(Objects.requireNonNull(attendees, "attendees"));
    }
}
