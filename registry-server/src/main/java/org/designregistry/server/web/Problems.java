package org.designregistry.server.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.baseline.BaselineWriteRefusedException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.NamedGraphWriteRefusedException;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problem details the server answers errors with, made in one place so that every door
 * (REST API, SPARQL endpoint, graph store, security) answers alike.
 */
public final class Problems {

    /** The problem type of a write refused by the SHACL shapes. */
    public static final URI SHAPE_VIOLATION =
            URI.create("urn:design-registry:problem:shape-violation");

    /** The problem type of a write that changes decisions without the approver role. */
    public static final URI DECISION_RIGHTS =
            URI.create("urn:design-registry:problem:decision-needs-approver");

    /** The problem type of a write with an IRI, literal or identifier over the term limits. */
    public static final URI TERM_TOO_LONG = URI.create("urn:design-registry:problem:term-too-long");

    /**
     * The problem type of a client's write to a named graph, which the registry does not manage.
     */
    public static final URI NAMED_GRAPH_WRITE =
            URI.create("urn:design-registry:problem:named-graph-write");

    /** The problem type of an update that would make the server read a file or call a server. */
    public static final URI OUTBOUND_REQUEST =
            URI.create("urn:design-registry:problem:outbound-request");

    /** The problem type of a write that would change a frozen baseline. */
    public static final URI BASELINE_FROZEN =
            URI.create("urn:design-registry:problem:baseline-frozen");

    private Problems() {}

    /**
     * Returns the 409 problem of a write refused because it would change a frozen baseline's record
     * (or freeze one other than through the baselines API), with a {@code baselines} list.
     */
    public static ProblemDetail baselineFrozen(BaselineWriteRefusedException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(BASELINE_FROZEN);
        problem.setTitle("A frozen baseline cannot change");
        problem.setProperty("baselines", e.baselines());
        return problem;
    }

    /**
     * Returns the answer to a write refused for a term over the limits: 422, as for shape
     * violations, because the request is well formed and within the body size limit (413) but what
     * it asks to store cannot be stored; the problem names the limit, its property and both
     * lengths.
     */
    public static ProblemDetail termTooLong(TermTooLongException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(TERM_TOO_LONG);
        problem.setTitle("A term is longer than the registry stores");
        problem.setProperty("limit", e.limit().property());
        problem.setProperty("max", e.max());
        problem.setProperty("length", e.length());
        return problem;
    }

    /** Returns a problem with the status's reason as title and a detail for a person. */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    /**
     * Returns the 422 problem of a write the shapes refused, with a {@code violations} list: for
     * each, its focus node, path, message, severity, value and source shape.
     */
    public static ProblemDetail shapeViolation(ShapeViolationException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(SHAPE_VIOLATION);
        problem.setTitle("The change breaks the registry's shapes");
        problem.setProperty("violations", violations(e.report().violations()));
        return problem;
    }

    /**
     * Returns the 403 problem of a write refused because it changes decisions and its writer is not
     * an approver, with a {@code decisions} list of their IRIs.
     */
    public static ProblemDetail decisionNeedsApprover(DecisionWriteRefusedException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.FORBIDDEN,
                        "Approving decisions needs the approver role, as does creating, changing"
                                + " or deleting them: this change alters "
                                + e.describeDecisions()
                                + "; nothing was stored");
        problem.setType(DECISION_RIGHTS);
        problem.setTitle("Recording decisions needs the approver role");
        problem.setProperty("decisions", e.decisions());
        return problem;
    }

    /**
     * Returns the 403 problem of a write that changes named graphs, with a {@code graphs} list:
     * clients may change only the default graph.
     */
    public static ProblemDetail namedGraphWrite(NamedGraphWriteRefusedException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(NAMED_GRAPH_WRITE);
        problem.setTitle("Only the default graph can be written");
        problem.setProperty("graphs", e.graphs());
        return problem;
    }

    /**
     * Returns the 403 problem of an update refused because it would make the server read a file or
     * call another server ({@code LOAD}, {@code SERVICE}).
     */
    public static ProblemDetail outboundRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(OUTBOUND_REQUEST);
        problem.setTitle("The server does not fetch documents for updates");
        return problem;
    }

    private static List<Map<String, String>> violations(List<Violation> violations) {
        return violations.stream()
                .map(
                        v -> {
                            Map<String, String> map = new LinkedHashMap<>();
                            map.put("focusNode", v.focusNode());
                            map.put("path", v.path());
                            map.put("message", v.message());
                            map.put("severity", v.severity().name());
                            map.put("value", v.value());
                            map.put("sourceShape", v.sourceShape());
                            return map;
                        })
                .toList();
    }
}
