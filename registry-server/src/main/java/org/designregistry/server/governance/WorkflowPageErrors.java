package org.designregistry.server.governance;

import org.designregistry.model.RegistryException;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.server.web.PageErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The workflow pages' errors as the error page (the package's API controllers answer with problem
 * details): a resource that is not there is a 404, a bad reference a 400.
 */
@ControllerAdvice(assignableTypes = WorkflowController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkflowPageErrors {

    @ExceptionHandler(ResourceNotFoundException.class)
    ModelAndView notFound(ResourceNotFoundException e) {
        return PageErrors.page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RegistryException.class)
    ModelAndView badRequest(RegistryException e) {
        return PageErrors.page(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
