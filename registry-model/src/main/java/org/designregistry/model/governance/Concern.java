package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A concern raised with a decision, and how it was settled.
 *
 * @param ref the concern
 * @param decision the decision it challenges
 * @param constituency the constituency that voiced it
 * @param description what it is
 * @param raised the day it was raised
 * @param resolvedBy the body that resolved it, if resolved
 * @param escalatedTo the body it was escalated to, if escalated
 * @param resolution the outcome in the body's words, or empty text while open
 * @param settledOn the day it was resolved or escalated
 */
public record Concern(
        ResourceRef ref,
        ResourceRef decision,
        ResourceRef constituency,
        String description,
        Optional<LocalDate> raised,
        Optional<ResourceRef> resolvedBy,
        Optional<ResourceRef> escalatedTo,
        String resolution,
        Optional<LocalDate> settledOn) {

    /** Returns true while the concern is neither resolved nor escalated. */
    public boolean open() {
        return resolvedBy.isEmpty() && escalatedTo.isEmpty();
    }
}
