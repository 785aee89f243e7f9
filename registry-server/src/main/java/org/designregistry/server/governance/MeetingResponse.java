package org.designregistry.server.governance;

import java.util.List;
import org.designregistry.model.governance.Agenda;
import org.designregistry.model.governance.Meeting;

/**
 * A meeting in the API: its body, day, attendees by seat and constituency, agenda and decisions.
 */
record MeetingResponse(
        LinkResponse meeting,
        LinkResponse body,
        String date,
        List<AttendeeResponse> attendees,
        List<RecommendationResponse> agenda,
        List<LinkResponse> decisions,
        boolean illustrative) {

    /** A seat whose holder attended, with the constituency it represents and its holder. */
    record AttendeeResponse(LinkResponse post, LinkResponse constituency, LinkResponse holder) {}

    /** A body's agenda: its next meeting, and the recommendations it must decide. */
    record AgendaResponse(
            LinkResponse body, MeetingResponse nextMeeting, List<RecommendationResponse> open) {

        static AgendaResponse of(Agenda agenda) {
            return new AgendaResponse(
                    LinkResponse.of(agenda.body()),
                    agenda.nextMeeting().map(MeetingResponse::of).orElse(null),
                    agenda.open().stream().map(RecommendationResponse::of).toList());
        }
    }

    static MeetingResponse of(Meeting m) {
        return new MeetingResponse(
                LinkResponse.of(m.ref()),
                LinkResponse.of(m.body()),
                m.date().toString(),
                m.attendees().stream()
                        .map(
                                a ->
                                        new AttendeeResponse(
                                                LinkResponse.of(a.post()),
                                                LinkResponse.of(a.constituency()).orElse(null),
                                                LinkResponse.of(a.holder()).orElse(null)))
                        .toList(),
                m.agenda().stream().map(RecommendationResponse::of).toList(),
                m.decisions().stream().map(LinkResponse::of).toList(),
                m.illustrative());
    }
}
