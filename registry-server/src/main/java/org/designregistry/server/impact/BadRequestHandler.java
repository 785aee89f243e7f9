package org.designregistry.server.impact;

import org.designregistry.server.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the impact and trace engines' refusals of a query ({@link IllegalArgumentException}: an
 * unknown start, relation, type, kind or format, a limit out of range) into 400 problem details.
 * Scoped to these two packages and placed before the application's one handler, which would
 * otherwise answer an {@code IllegalArgumentException} as an unexpected 500; everything else (a
 * missing parameter, a failure) is left to that handler.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        basePackages = {
            "org.designregistry.server.impact",
            "org.designregistry.server.trace",
            "org.designregistry.server.governance"
        })
class BadRequestHandler {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badQuery(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * A parameter that does not convert (its cause, a {@code NumberFormatException}, is an {@code
     * IllegalArgumentException} too, and would otherwise reach the handler above without the
     * parameter's name).
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "Parameter '"
                        + e.getName()
                        + "' cannot be '"
                        + e.getValue()
                        + "'"
                        + (e.getRequiredType() == Integer.class ? ": give a whole number" : ""));
    }
}
