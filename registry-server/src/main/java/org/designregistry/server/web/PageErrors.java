package org.designregistry.server.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the errors of the HTML pages into the error page with a message a person can act on: a
 * resource that is not there (404), a bad reference or parameter (400). Applies to the page
 * packages only, ahead of any handler of the JSON API, which answers with problem details.
 */
@ControllerAdvice(
        basePackages = {
            "org.designregistry.server.web",
            "org.designregistry.server.browse",
            "org.designregistry.server.changes",
            "org.designregistry.server.edit"
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class PageErrors {

    /** The view of every error page: {@code templates/error.html}, shared with Spring Boot's. */
    static final String VIEW = "error";

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        return page(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(RegistryException.class)
    ModelAndView badReference(RegistryException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        return page(
                HttpStatus.BAD_REQUEST,
                "The " + e.getName() + " '" + e.getValue() + "' is not a whole number.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e) {
        return page(HttpStatus.BAD_REQUEST, "The " + e.getParameterName() + " is missing.");
    }

    /**
     * Returns the kind of resource a page address names, such as {@code data-item}.
     *
     * @throws ResponseStatusException 404, listing the kinds, if there is none of that name
     */
    public static Ref.Kind kindNamed(String kind) {
        return Ref.Kind.fromName(kind)
                .orElseThrow(
                        () ->
                                new ResponseStatusException(
                                        HttpStatus.NOT_FOUND,
                                        "There is no kind of resource called '"
                                                + kind
                                                + "'. The kinds are: "
                                                + Arrays.stream(Ref.Kind.values())
                                                        .map(Ref.Kind::kindName)
                                                        .collect(Collectors.joining(", "))
                                                + "."));
    }

    /** Returns the error page with a status and a message a person can act on. */
    public static ModelAndView page(HttpStatusCode status, String message) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        page.addObject(
                "error", status instanceof HttpStatus known ? known.getReasonPhrase() : "Error");
        page.addObject("message", message);
        return page;
    }
}
