package org.designregistry.model.changerequest;

import java.util.Objects;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A decision that approved an impacted item, as it stood when the impact was frozen: the body and
 * level that must re-decide.
 *
 * @param decision the approving decision
 * @param body the body that made it and must re-decide
 * @param level the decision's level in words, such as {@code Level 3}
 * @param levelNumber the level's number (1 for Ofgem .. 4 for a working group), 0 if unknown
 */
public record FrozenApproval(
        ResourceRef decision, ResourceRef body, String level, int levelNumber) {

    /** Checks that no part is null. */
    public FrozenApproval {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
    }
}
