package org.designregistry.server.governance;

import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.governance.ConcernDraft;
import org.designregistry.model.governance.DecisionDraft;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.MeetingDraft;
import org.designregistry.model.governance.Outcome;
import org.designregistry.model.governance.RecommendationDraft;
import org.designregistry.model.governance.Settlement;
import org.springframework.stereotype.Component;

/**
 * Turns the workflow's requests, from the API or a form, into the model's drafts (references
 * resolved, days read) and takes the step with the signed-in user's rights; returns the IRI of what
 * it recorded. Shared by the API and the pages so that both take exactly the same step.
 */
@Component
class WorkflowSteps {

    private final Governance governance;
    private final WorkflowRefs refs;
    private final WriteRights rights;

    WorkflowSteps(Governance governance, WorkflowRefs refs, WriteRights rights) {
        this.governance = governance;
        this.refs = refs;
        this.rights = rights;
    }

    String submit(WorkflowRequests.RecommendationRequest request) {
        RecommendationDraft draft =
                new RecommendationDraft(
                        refs.iri(request.body(), Ref.Kind.BODY, "body"),
                        WorkflowRequests.listOf(request.subjects()).stream()
                                .filter(s -> s != null && !s.isBlank())
                                .map(s -> refs.iri(s, Ref.Kind.ARTEFACT, "subjects"))
                                .toList(),
                        request.summary(),
                        request.proposal(),
                        Optional.ofNullable(request.title()));
        return governance.submit(draft, rights);
    }

    String decide(String recommendation, WorkflowRequests.DecisionRequest request) {
        if (request.outcome() == null || request.outcome().isBlank()) {
            throw new RegistryException(
                    "Missing outcome: expected accept, reject, refer-for-work,"
                            + " accept-subject-to-work or refer-to-psg");
        }
        DecisionDraft draft =
                new DecisionDraft(
                        refs.iri(recommendation, Ref.Kind.RECOMMENDATION, "recommendation"),
                        Outcome.parse(request.outcome()),
                        blank(request.body()).map(b -> refs.iri(b, Ref.Kind.BODY, "body")),
                        Optional.ofNullable(request.level()),
                        blank(request.meeting()).map(m -> refs.iri(m, Ref.Kind.MEETING, "meeting")),
                        Optional.ofNullable(WorkflowRequests.day(request.date(), "date")),
                        request.rationale(),
                        WorkflowRequests.listOf(request.conditions()),
                        Boolean.TRUE.equals(request.acknowledgeChanges()));
        return governance.decide(draft, rights);
    }

    String delegate(String recommendation, WorkflowRequests.DelegationRequest request) {
        return governance.delegate(
                refs.iri(recommendation, Ref.Kind.RECOMMENDATION, "recommendation"),
                refs.iri(request.body(), Ref.Kind.BODY, "body"),
                WorkflowRequests.day(request.date(), "date"),
                rights);
    }

    String schedule(WorkflowRequests.MeetingRequest request) {
        var date = WorkflowRequests.day(request.date(), "date");
        if (date == null) {
            throw new RegistryException("Missing date of the meeting (date): expected yyyy-mm-dd");
        }
        return governance.scheduleMeeting(
                new MeetingDraft(
                        refs.iri(request.body(), Ref.Kind.BODY, "body"),
                        date,
                        Optional.ofNullable(request.label()),
                        WorkflowRequests.listOf(request.attendees()).stream()
                                .map(p -> refs.iri(p, Ref.Kind.POST, "attendees"))
                                .toList()),
                rights);
    }

    String raiseConcern(String decision, WorkflowRequests.ConcernRequest request) {
        return governance.raiseConcern(
                new ConcernDraft(
                        refs.iri(decision, Ref.Kind.DECISION, "decision"),
                        refs.iri(request.constituency(), Ref.Kind.CONSTITUENCY, "constituency"),
                        request.description()));
    }

    String settle(String concern, WorkflowRequests.SettlementRequest request) {
        String iri = refs.iri(concern, Ref.Kind.CONCERN, "concern");
        governance.settleConcern(
                iri,
                new Settlement(
                        WorkflowRequests.escalates(request.outcome()),
                        request.resolution(),
                        Optional.ofNullable(WorkflowRequests.day(request.date(), "date"))),
                rights);
        return iri;
    }

    String markMet(String condition, WorkflowRequests.MetRequest request) {
        String iri = refs.iri(condition, Ref.Kind.CONDITION, "condition");
        governance.markConditionMet(
                iri, request == null ? null : WorkflowRequests.day(request.date(), "date"), rights);
        return iri;
    }

    private static Optional<String> blank(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank());
    }
}
