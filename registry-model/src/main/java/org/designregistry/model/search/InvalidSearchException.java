package org.designregistry.model.search;

import org.designregistry.model.RegistryException;

/**
 * The search text or its options cannot be searched with: unbalanced quotes, a lone {@code *}, text
 * too long, a limit out of range. The message says what is wrong and how to fix it; nothing was
 * searched.
 */
public class InvalidSearchException extends RegistryException {

    /** Creates an exception with a message a person can act on. */
    public InvalidSearchException(String message) {
        super(message);
    }
}
