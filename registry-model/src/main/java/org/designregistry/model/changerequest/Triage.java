package org.designregistry.model.changerequest;

import java.time.Instant;
import java.util.Objects;

/**
 * One impacted item's triage: the verdict, why, who marked it and when. The latest mark of an item
 * replaces the one before; the change history keeps every one.
 *
 * @param item the IRI of the impacted item
 * @param verdict impacted, not impacted or needs analysis
 * @param comment why, as whoever marked it said; may be empty
 * @param by who marked it (the signed-in user's name)
 * @param at when
 */
public record Triage(String item, Verdict verdict, String comment, String by, Instant at) {

    /** The longest comment, in characters. */
    public static final int MAX_COMMENT = 2_000;

    /** Checks that no part is null. */
    public Triage {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
