package org.designregistry.model.resource;

import org.designregistry.model.RegistryException;

/** No resource matches: the message names what was looked for. */
public class ResourceNotFoundException extends RegistryException {

    /** Creates the exception with a message a person can act on. */
    public ResourceNotFoundException(String message) {
        super(message);
    }
}
