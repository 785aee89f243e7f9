package org.designregistry.model.resource;

import org.designregistry.model.RegistryException;

/**
 * An edit named a version of the resource that is no longer current: someone else changed it since
 * it was read; nothing was stored.
 */
public class StaleVersionException extends RegistryException {

    /** Creates the exception with a message a person can act on. */
    public StaleVersionException(String message) {
        super(message);
    }
}
