package org.designregistry.model.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A condition of a decision accepted subject to additional work.
 *
 * @param ref the condition
 * @param decision the decision that set it
 * @param description the work it asks for
 * @param metOn the day it was marked met; empty while it is open
 */
public record Condition(
        ResourceRef ref, ResourceRef decision, String description, Optional<LocalDate> metOn) {

    /** Returns true once the condition is marked met. */
    public boolean met() {
        return metOn.isPresent();
    }
}
