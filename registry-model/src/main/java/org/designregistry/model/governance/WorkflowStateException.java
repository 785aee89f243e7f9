package org.designregistry.model.governance;

import org.designregistry.model.RegistryException;

/**
 * A step of the governance workflow was refused because of where the workflow stands: a
 * recommendation decided already, a subject already under review, a condition met already, a
 * concern settled already. Nothing was stored.
 */
public class WorkflowStateException extends RegistryException {

    /** Creates the exception with a message that says what stands in the way. */
    public WorkflowStateException(String message) {
        super(message);
    }
}
