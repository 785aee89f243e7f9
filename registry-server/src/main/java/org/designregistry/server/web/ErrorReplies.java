package org.designregistry.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers {@code /error}, where the servlet container sends errors no handler answered (a path the
 * firewall refused, such as {@code //sparql} or {@code /;x}; a {@code sendError}): the error page
 * for browsers, as Spring Boot's does, and RFC 9457 problem details for everything else in place of
 * Boot's own JSON. A request for {@code /error} itself is answered 404, not 500.
 */
@Controller
class ErrorReplies extends BasicErrorController {

    ErrorReplies(
            ErrorAttributes attributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    /** A request made to {@code /error} itself carries no error: it is for a page not there. */
    private static void notFoundIfAskedDirectly(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
        }
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        notFoundIfAskedDirectly(request);
        return super.errorHtml(request, response);
    }

    /** Shows the message of an error the reply limits raised: it is the server's own words. */
    @Override
    protected boolean isIncludeMessage(HttpServletRequest request, MediaType produces) {
        return request.getAttribute(ReplyLimitFilter.LIMIT_MESSAGE) != null
                || super.isIncludeMessage(request, produces);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        notFoundIfAskedDirectly(request);
        HttpStatus status = getStatus(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        var problem = Problems.of(status, detail(status, path));
        problem.setInstance(URI.create(safePath(path)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.body(problem, path));
    }

    private static String detail(HttpStatus status, String path) {
        return switch (status) {
            case BAD_REQUEST ->
                    "The request was refused as malformed: its address must be in canonical form"
                            + " (no '//', ';', '..', encoded '/' or '%' in the path) and its"
                            + " parameters readable";
            case NOT_FOUND -> "There is nothing at " + path;
            case METHOD_NOT_ALLOWED -> "This method is not allowed at " + path;
            default ->
                    status.is5xxServerError()
                            ? "The server failed to handle the request; the error has been logged"
                            : status.getReasonPhrase();
        };
    }

    /** The path as a URI reference, or {@code /error} if the refused path is not one. */
    private static String safePath(String path) {
        try {
            return URI.create(path).toString();
        } catch (IllegalArgumentException e) {
            return "/error";
        }
    }
}
