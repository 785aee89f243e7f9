package org.designregistry.server.web;

import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.baseline.BaselineWriteRefusedException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.governance.DecisionAuthorityException;
import org.designregistry.model.governance.SubjectsChangedException;
import org.designregistry.model.governance.WorkflowStateException;
import org.designregistry.model.resource.ResourceExistsException;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.StaleVersionException;
import org.designregistry.model.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become RFC 9457 problem details: the model's refusals with their
 * statuses, Spring MVC's own errors, and anything else as a 500 that says nothing internal.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ShapeViolationException.class)
    ProblemDetail shapeViolation(ShapeViolationException e) {
        return Problems.shapeViolation(e);
    }

    @ExceptionHandler(DecisionWriteRefusedException.class)
    ProblemDetail decisionNeedsApprover(DecisionWriteRefusedException e) {
        return Problems.decisionNeedsApprover(e);
    }

    @ExceptionHandler(BaselineWriteRefusedException.class)
    ProblemDetail baselineFrozen(BaselineWriteRefusedException e) {
        return Problems.baselineFrozen(e);
    }

    @ExceptionHandler(TermTooLongException.class)
    ProblemDetail termTooLong(TermTooLongException e) {
        return Problems.termTooLong(e);
    }

    /** The store works without the search index; searches wait for it to be rebuilt. */
    @ExceptionHandler(SearchUnavailableException.class)
    ProblemDetail searchUnavailable(SearchUnavailableException e) {
        log.warn("A search was refused: {}", e.getMessage());
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Search is unavailable: the search index cannot be used; an administrator can"
                        + " rebuild it with 'registry reindex'");
    }

    @ExceptionHandler(DecisionAuthorityException.class)
    ProblemDetail notThisBodysDecision(DecisionAuthorityException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("mustDecide", e.mustDecide());
        return problem;
    }

    @ExceptionHandler(WorkflowStateException.class)
    ProblemDetail workflowState(WorkflowStateException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        if (e instanceof SubjectsChangedException changed) {
            problem.setProperty("changedSubjects", changed.changedSubjects());
        }
        return problem;
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ProblemDetail notFound(ResourceNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ResourceExistsException.class)
    ProblemDetail exists(ResourceExistsException e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, e.getMessage());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyTooLargeException e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    /** The model's other refusals are about the request: a bad reference, name or value. */
    @ExceptionHandler(RegistryException.class)
    ProblemDetail badRequest(RegistryException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * A reply limit stopped the handler: the exception goes on to {@link ReplyLimitFilter}, which
     * answers in place of the reply (rethrowing the handled exception is not logged as a failure).
     */
    @ExceptionHandler(ReplyLimitExceededException.class)
    ProblemDetail replyLimit(ReplyLimitExceededException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (stoppedByReplyLimit(e)) {
            throw e;
        }
        log.error("Unexpected error while handling a request", e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to handle the request; the error has been logged");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotWritable(
            HttpMessageNotWritableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (stoppedByReplyLimit(ex)) {
            throw ex;
        }
        return super.handleHttpMessageNotWritable(ex, headers, status, request);
    }

    private static boolean stoppedByReplyLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ReplyLimitExceededException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (ex.getMostSpecificCause() instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
        }
        ProblemDetail problem =
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "The request body is not valid JSON for this operation");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
