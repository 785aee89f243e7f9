package org.designregistry.server.governance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings and agendas: record a meeting (editors), read one, and read a body's agenda. */
@RestController
@Tag(
        name = "Governance workflow",
        description = "Recommendations, decisions, meetings and concerns")
class MeetingApiController {

    private final Governance governance;
    private final WorkflowSteps steps;
    private final WorkflowRefs refs;
    private final Clock clock;

    MeetingApiController(
            Governance governance, WorkflowSteps steps, WorkflowRefs refs, Clock clock) {
        this.governance = governance;
        this.steps = steps;
        this.refs = refs;
        this.clock = clock;
    }

    @PostMapping("/api/meetings")
    @Operation(
            summary =
                    "Records a meeting of a body with its attendees by seat (editor); the body's"
                            + " unscheduled recommendations go on its agenda; 201")
    ResponseEntity<MeetingResponse> create(@RequestBody WorkflowRequests.MeetingRequest request) {
        MeetingResponse meeting = read(steps.schedule(request));
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.meeting().identifier()))
                .body(meeting);
    }

    @GetMapping("/api/meetings/{id}")
    @Operation(summary = "Returns a meeting: body, day, attendees, agenda and decisions")
    MeetingResponse one(@PathVariable("id") String id) {
        return read(refs.iri(id, Ref.Kind.MEETING, "id"));
    }

    @GetMapping("/api/bodies/{id}/agenda")
    @Operation(
            summary =
                    "Returns a body's next meeting (on or after on=, today by default) and open recommendations")
    MeetingResponse.AgendaResponse agenda(
            @PathVariable("id") String id, @RequestParam(name = "on", required = false) String on) {
        LocalDate day = WorkflowRequests.day(on, "on");
        return MeetingResponse.AgendaResponse.of(
                governance.agenda(
                        refs.iri(id, Ref.Kind.BODY, "id"),
                        day == null ? LocalDate.now(clock) : day));
    }

    private MeetingResponse read(String iri) {
        return MeetingResponse.of(
                governance
                        .meeting(iri)
                        .orElseThrow(
                                () -> new ResourceNotFoundException("No meeting <" + iri + ">")));
    }
}
