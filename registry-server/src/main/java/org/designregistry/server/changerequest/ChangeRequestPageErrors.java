package org.designregistry.server.changerequest;

import org.designregistry.model.RegistryException;
import org.designregistry.server.web.PageErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the errors of the change request pages into the shared error page; the API controller of
 * the same package keeps its problem details.
 */
@ControllerAdvice(assignableTypes = ChangeRequestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChangeRequestPageErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        return PageErrors.page(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(RegistryException.class)
    ModelAndView refused(RegistryException e) {
        return PageErrors.page(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
