package org.designregistry.server.governance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.Recommendation;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recommendations and the decisions on them: submit one (editors), read them, record a body's
 * decision on one or delegate it to another body (approvers).
 */
@RestController
@RequestMapping("/api/recommendations")
@Tag(
        name = "Governance workflow",
        description = "Recommendations, decisions, meetings and concerns")
class RecommendationApiController {

    private final Governance governance;
    private final WorkflowSteps steps;
    private final WorkflowRefs refs;

    RecommendationApiController(Governance governance, WorkflowSteps steps, WorkflowRefs refs) {
        this.governance = governance;
        this.steps = steps;
        this.refs = refs;
    }

    @GetMapping
    @Operation(
            summary =
                    "Lists recommendations oldest first; body= one body's, open=true the undecided")
    List<RecommendationResponse> list(
            @RequestParam(name = "body", required = false) String body,
            @RequestParam(name = "open", required = false) Boolean open) {
        String bodyIri =
                body == null || body.isBlank() ? null : refs.iri(body, Ref.Kind.BODY, "body");
        return governance.recommendations().stream()
                .filter(r -> bodyIri == null || r.body().iri().equals(bodyIri))
                .filter(r -> open == null || r.open() == open)
                .map(RecommendationResponse::of)
                .toList();
    }

    @PostMapping
    @Operation(
            summary =
                    "Submits artefacts to a body (editor): they go to In Review, the recommendation"
                            + " on the body's next agenda; 201")
    ResponseEntity<RecommendationResponse> submit(
            @RequestBody WorkflowRequests.RecommendationRequest request) {
        Recommendation created = get(steps.submit(request));
        return ResponseEntity.created(
                        URI.create("/api/recommendations/" + created.ref().identifier()))
                .body(RecommendationResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Returns one recommendation, with the decision that settled it")
    RecommendationResponse one(@PathVariable("id") String id) {
        return RecommendationResponse.of(get(refs.iri(id, Ref.Kind.RECOMMENDATION, "id")));
    }

    @PostMapping("/{id}/decision")
    @Operation(
            summary =
                    "Records the body's decision (approver): accept, reject, refer-for-work,"
                            + " accept-subject-to-work or refer-to-psg; 201, 422 when the body may"
                            + " not decide it at that level")
    ResponseEntity<DecisionResponse> decide(
            @PathVariable("id") String id, @RequestBody WorkflowRequests.DecisionRequest request) {
        String decision = steps.decide(id, request);
        Recommendation decided = get(refs.iri(id, Ref.Kind.RECOMMENDATION, "id"));
        DecisionResponse body =
                new DecisionResponse(
                        LinkResponse.of(decided.decision().orElseThrow()),
                        RecommendationResponse.of(decided),
                        governance.conditions(decision).stream()
                                .map(ConditionResponse::of)
                                .toList());
        return ResponseEntity.created(URI.create("/api/decisions/" + body.decision().identifier()))
                .body(body);
    }

    @PostMapping("/{id}/delegation")
    @Operation(summary = "Delegates the recommendation's decision to another body (approver); 201")
    ResponseEntity<LinkResponse> delegate(
            @PathVariable("id") String id,
            @RequestBody WorkflowRequests.DelegationRequest request) {
        String delegation = steps.delegate(id, request);
        LinkResponse link =
                LinkResponse.of(
                        new org.designregistry.model.catalog.ResourceRef(
                                delegation,
                                delegation.substring(delegation.lastIndexOf('/') + 1),
                                "",
                                ""));
        return ResponseEntity.created(URI.create(link.href())).body(link);
    }

    private Recommendation get(String iri) {
        return governance
                .recommendation(iri)
                .orElseThrow(
                        () -> new ResourceNotFoundException("No recommendation <" + iri + ">"));
    }

    /** A recorded decision: the decision, the recommendation it settled, and its conditions. */
    record DecisionResponse(
            LinkResponse decision,
            RecommendationResponse recommendation,
            List<ConditionResponse> conditions) {}
}
