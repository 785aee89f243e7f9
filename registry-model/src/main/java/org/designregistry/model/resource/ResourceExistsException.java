package org.designregistry.model.resource;

import org.designregistry.model.RegistryException;

/** A resource with the IRI a create would mint exists already; nothing was stored. */
public class ResourceExistsException extends RegistryException {

    /** Creates the exception with a message a person can act on. */
    public ResourceExistsException(String message) {
        super(message);
    }
}
