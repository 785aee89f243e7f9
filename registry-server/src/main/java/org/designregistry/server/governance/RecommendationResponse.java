package org.designregistry.server.governance;

import java.util.List;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.governance.Recommendation;

/**
 * A recommendation in the API: what it puts to which body, where it stands on the agenda, and the
 * decision that settled it, if any.
 */
record RecommendationResponse(
        LinkResponse recommendation,
        LinkResponse body,
        LinkResponse group,
        List<SubjectResponse> subjects,
        String summary,
        String proposal,
        String submitted,
        long atChange,
        LinkResponse meeting,
        String meetingDate,
        boolean open,
        LinkResponse decision,
        String outcome,
        LinkResponse escalatedBy,
        List<LinkResponse> delegatedTo,
        boolean illustrative) {

    /** A subject with its status now. */
    record SubjectResponse(LinkResponse subject, String status) {}

    static RecommendationResponse of(Recommendation r) {
        return new RecommendationResponse(
                LinkResponse.of(r.ref()),
                LinkResponse.of(r.body()),
                LinkResponse.of(r.group()).orElse(null),
                r.subjects().stream()
                        .map(s -> new SubjectResponse(LinkResponse.of(s.ref()), s.status().label()))
                        .toList(),
                r.summary(),
                r.proposal(),
                r.submitted().map(Object::toString).orElse(null),
                r.atChange(),
                LinkResponse.of(r.meeting()).orElse(null),
                r.meetingDate().map(Object::toString).orElse(null),
                r.open(),
                LinkResponse.of(r.decision()).orElse(null),
                r.outcome().map(Concept::label).orElse(null),
                LinkResponse.of(r.escalatedBy()).orElse(null),
                r.delegatedTo().stream().map(LinkResponse::of).toList(),
                r.illustrative());
    }
}
