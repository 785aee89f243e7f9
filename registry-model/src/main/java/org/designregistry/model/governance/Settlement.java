package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a body settles a concern: resolved by the body that made the decision, or escalated to the
 * PSG through a constituency representative.
 *
 * @param escalated true to escalate to the PSG, false for resolved by the deciding body
 * @param resolution the outcome, in the body's words; not blank
 * @param date the day; today when empty
 */
public record Settlement(boolean escalated, String resolution, Optional<LocalDate> date) {

    /** Checks the parts. */
    public Settlement {
        resolution = Texts.required(resolution, "resolution");
        Objects.requireNonNull(date, "date");
    }
}
