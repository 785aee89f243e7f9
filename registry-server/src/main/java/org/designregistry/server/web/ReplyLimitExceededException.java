package org.designregistry.server.web;

import org.springframework.http.HttpStatus;

/**
 * Thrown into the code writing a reply when the reply passes {@code registry.limits.max-reply-size}
 * or the request {@code registry.limits.request-timeout}, to stop that work. Unchecked, so that
 * writers which swallow {@link java.io.IOException} (such as {@link java.io.PrintWriter}) still
 * stop.
 */
public final class ReplyLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    ReplyLimitExceededException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** Returns the status to answer with if nothing was sent yet: 413 for size, 503 for time. */
    public HttpStatus status() {
        return status;
    }
}
