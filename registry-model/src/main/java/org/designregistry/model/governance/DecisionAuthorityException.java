package org.designregistry.model.governance;

import java.util.Objects;
import org.designregistry.model.RegistryException;

/**
 * A decision was refused because the body may not take it: it is above the body's level, or the
 * recommendation was neither submitted nor delegated to that body. The message names the body that
 * must decide; nothing was stored.
 */
public class DecisionAuthorityException extends RegistryException {

    private final String mustDecide;

    /** Creates the exception with its message and the label of the body that must decide. */
    public DecisionAuthorityException(String message, String mustDecide) {
        super(Objects.requireNonNull(message, "message"));
        this.mustDecide = Objects.requireNonNull(mustDecide, "mustDecide");
    }

    /** Returns the label of the body that must decide, such as "Programme Steering Group (PSG)". */
    public String mustDecide() {
        return mustDecide;
    }
}
