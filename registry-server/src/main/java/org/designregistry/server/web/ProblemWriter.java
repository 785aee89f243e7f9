package org.designregistry.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details straight to a servlet response, for the filters that answer before Spring
 * MVC does (security, body limits, the SPARQL endpoint); the JSON has the same shape as the
 * exception handler's.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /**
     * Writes the problem as {@code application/problem+json}, with the request path as its
     * instance, replacing anything not yet sent.
     */
    public void write(
            HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = body(problem, request.getRequestURI());
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /**
     * Returns the problem's JSON members in order ({@code type}, {@code title}, {@code status},
     * {@code detail}, {@code instance}, then its properties), its instance this path when it has
     * none.
     */
    static Map<String, Object> body(ProblemDetail problem, String path) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(path));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put(
                "title",
                problem.getTitle() != null
                        ? problem.getTitle()
                        : status == null ? "Error" : status.getReasonPhrase());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
