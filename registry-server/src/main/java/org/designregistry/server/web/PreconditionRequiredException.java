package org.designregistry.server.web;

/** An edit came without {@code If-Match}, which the API requires (428). */
public class PreconditionRequiredException extends RuntimeException {

    /** Creates the exception with a message a person can act on. */
    public PreconditionRequiredException(String message) {
        super(message);
    }
}
