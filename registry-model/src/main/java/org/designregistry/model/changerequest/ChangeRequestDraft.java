package org.designregistry.model.changerequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.RegistryException;

/**
 * What a new change request is to be.
 *
 * @param title what it asks, in a line (at most {@value #MAX_TITLE} characters)
 * @param reason why it is needed (at most {@value #MAX_REASON} characters)
 * @param raiser who raises it; empty for whoever writes (the change's principal)
 * @param constituency the IRI of the constituency that raises it, if any
 * @param affects the resources it would change: references ({@code [kind:]identifier}) or IRIs; one
 *     to {@value #MAX_AFFECTS}
 * @param deadline the day by which impacted parties must answer; empty for the default
 */
public record ChangeRequestDraft(
        String title,
        String reason,
        Optional<String> raiser,
        Optional<String> constituency,
        List<String> affects,
        Optional<LocalDate> deadline) {

    /** The longest title, in characters. */
    public static final int MAX_TITLE = 200;

    /** The longest reason, in characters. */
    public static final int MAX_REASON = 4_000;

    /** The most resources one change request may affect. */
    public static final int MAX_AFFECTS = 100;

    /**
     * Checks the draft.
     *
     * @throws RegistryException naming the field that is missing or too long
     */
    public ChangeRequestDraft {
        title = required("title", title, MAX_TITLE);
        reason = required("reason", reason, MAX_REASON);
        raiser = raiser.map(String::strip).filter(r -> !r.isEmpty());
        if (raiser.isPresent() && raiser.get().length() > 200) {
            throw new RegistryException("The raiser is longer than the limit of 200 characters");
        }
        constituency = constituency.map(String::strip).filter(c -> !c.isEmpty());
        affects = affects.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        if (affects.isEmpty()) {
            throw new RegistryException(
                    "A change request must affect at least one resource (affects), such as"
                            + " DI-037");
        }
        if (affects.size() > MAX_AFFECTS) {
            throw new RegistryException(
                    "A change request may affect at most "
                            + MAX_AFFECTS
                            + " resources (affects), not "
                            + affects.size());
        }
        Objects.requireNonNull(deadline, "deadline");
    }

    private static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RegistryException("A change request needs a " + field);
        }
        if (text.length() > max) {
            throw new RegistryException(
                    "The "
                            + field
                            + " is "
                            + text.length()
                            + " characters long; the limit is "
                            + max);
        }
        return text;
    }
}
