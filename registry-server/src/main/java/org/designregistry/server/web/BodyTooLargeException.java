package org.designregistry.server.web;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * A request body was larger than {@code registry.limits.max-body-size}; nothing was stored.
 *
 * <p>Code that reads a body through a library that turns stream errors into its own (Fuseki's
 * parsers answer 400 or 500) asks {@link #raisedFor} afterwards and answers 413 instead.
 */
public class BodyTooLargeException extends IOException {

    private static final String ATTRIBUTE = BodyTooLargeException.class.getName();

    /** Creates the exception naming the limit. */
    public BodyTooLargeException(long limit) {
        super(
                "The request body is larger than the limit of "
                        + limit
                        + " bytes (registry.limits.max-body-size)");
    }

    /**
     * Returns the exception raised while reading the request's body, whoever caught it, or empty
     * when the body was within the limit (or not read).
     */
    public static Optional<BodyTooLargeException> raisedFor(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof BodyTooLargeException e
                ? Optional.of(e)
                : Optional.empty();
    }

    /** Returns a new exception for the request's body, remembered on the request. */
    static BodyTooLargeException raise(ServletRequest request, long limit) {
        BodyTooLargeException e = new BodyTooLargeException(limit);
        request.setAttribute(ATTRIBUTE, e);
        return e;
    }
}
