package org.designregistry.model.changerequest;

import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * An approved resource the change request alters, and the decision to take again.
 *
 * @param item the approved resource (one the change request affects, or an item it reaches)
 * @param approval the decision that approved it, with the body and level that must re-decide; empty
 *     when it is marked approved but no approving decision is recorded
 */
public record Revisit(ResourceRef item, Optional<FrozenApproval> approval) {

    /** Checks that no part is null. */
    public Revisit {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(approval, "approval");
    }
}
