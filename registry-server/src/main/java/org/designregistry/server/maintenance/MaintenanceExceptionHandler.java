package org.designregistry.server.maintenance;

import org.designregistry.model.RegistryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a backup or compaction that failed (a full disk, an unwritable folder) with a 500 problem
 * detail saying what failed; only administrators call these, and the message names the server's
 * folder for them to fix. The store is as it was.
 */
@RestControllerAdvice(assignableTypes = MaintenanceApiController.class)
class MaintenanceExceptionHandler {

    @ExceptionHandler(RegistryException.class)
    ProblemDetail failed(RegistryException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setTitle("The store operation failed");
        return problem;
    }
}
