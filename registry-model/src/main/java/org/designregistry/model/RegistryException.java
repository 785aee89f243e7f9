package org.designregistry.model;

/**
 * The root of the registry's exceptions: the operation failed and the registry was left unchanged.
 */
public class RegistryException extends RuntimeException {

    /** Creates an exception with a message a person can act on. */
    public RegistryException(String message) {
        super(message);
    }

    /** Creates an exception with a message a person can act on and its cause. */
    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
