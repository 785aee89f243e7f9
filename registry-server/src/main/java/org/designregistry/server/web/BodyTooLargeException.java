package org.designregistry.server.web;

import java.io.IOException;

/** A request body was larger than {@code registry.limits.max-body-size}; nothing was stored. */
public class BodyTooLargeException extends IOException {

    /** Creates the exception naming the limit. */
    public BodyTooLargeException(long limit) {
        super(
                "The request body is larger than the limit of "
                        + limit
                        + " bytes (registry.limits.max-body-size)");
    }
}
