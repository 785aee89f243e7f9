package org.designregistry.server.impact;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns bad parameters of the impact and trace APIs into RFC 9457 problem details with status 400
 * and a message that names the parameter; no stack trace reaches the client. Kept to these packages
 * until the application has one global handler.
 */
@RestControllerAdvice(
        basePackages = {"org.designregistry.server.impact", "org.designregistry.server.trace"})
class BadRequestHandler {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badType(MethodArgumentTypeMismatchException e) {
        return problem(
                "Parameter '"
                        + e.getName()
                        + "' cannot be '"
                        + e.getValue()
                        + "'"
                        + (e.getRequiredType() == Integer.class ? ": give a whole number" : ""));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem("Parameter '" + e.getParameterName() + "' is required");
    }

    private static ProblemDetail problem(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Bad request");
        return problem;
    }
}
