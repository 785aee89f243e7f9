package org.designregistry.server.search;

import org.designregistry.model.search.InvalidSearchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers bad searches with an RFC 9457 problem detail (400) that says what to change, never a 500.
 * Scoped to the search API; the application's global handler covers the rest.
 */
@RestControllerAdvice(assignableTypes = SearchApiController.class)
class SearchExceptionHandler {

    /** Returns 400 for search text or options the index cannot search with. */
    @ExceptionHandler(InvalidSearchException.class)
    ProblemDetail invalidSearch(InvalidSearchException e) {
        return problem(e.getMessage());
    }

    /** Returns 400 for a parameter that is not of its type, such as {@code limit=ten}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(e.getName() + " must be a whole number, not '" + e.getValue() + "'");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid search");
        return problem;
    }
}
