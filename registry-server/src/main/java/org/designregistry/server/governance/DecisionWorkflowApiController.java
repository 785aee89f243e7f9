package org.designregistry.server.governance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.governance.DecisionLogEntry;
import org.designregistry.model.governance.DecisionsLog;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.table.TableFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * After a decision: the Assumptions and Decisions Log (JSON, CSV, XLSX), a decision's conditions
 * and marking one met (approvers), and concerns: raise one (editors), settle it (approvers).
 */
@RestController
@Tag(
        name = "Governance workflow",
        description = "Recommendations, decisions, meetings and concerns")
class DecisionWorkflowApiController {

    private static final MediaType XLSX =
            MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Governance governance;
    private final WorkflowSteps steps;
    private final WorkflowRefs refs;
    private final Clock clock;

    DecisionWorkflowApiController(
            Governance governance, WorkflowSteps steps, WorkflowRefs refs, Clock clock) {
        this.governance = governance;
        this.steps = steps;
        this.refs = refs;
        this.clock = clock;
    }

    @GetMapping("/api/decisions/log")
    @Operation(
            summary =
                    "The Assumptions and Decisions Log: every decision with outcome, body, level,"
                            + " meeting, rationale, conditions and publication dates; format=json|csv|xlsx")
    ResponseEntity<?> log(@RequestParam(name = "format", required = false) String format) {
        String chosen = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
        DecisionsLog log = governance.log();
        if (chosen.equals("json")) {
            return ResponseEntity.ok(log.entries().stream().map(LogEntryResponse::of).toList());
        }
        TableFormat table =
                switch (chosen) {
                    case "csv" -> TableFormat.CSV;
                    case "xlsx" -> TableFormat.XLSX;
                    default ->
                            throw new RegistryException(
                                    "Unknown format '" + format + "': expected json, csv or xlsx");
                };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        log.write(table, out);
        return ResponseEntity.ok()
                .contentType(
                        table == TableFormat.CSV
                                ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                                : XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"decisions-log-"
                                + LocalDate.now(clock)
                                + "."
                                + chosen
                                + "\"")
                .body(out.toByteArray());
    }

    @GetMapping("/api/decisions/{id}/conditions")
    @Operation(summary = "Lists a decision's conditions, each met or open")
    List<ConditionResponse> conditions(@PathVariable("id") String id) {
        return governance.conditions(refs.iri(id, Ref.Kind.DECISION, "id")).stream()
                .map(ConditionResponse::of)
                .toList();
    }

    @PostMapping("/api/conditions/{id}/met")
    @Operation(
            summary =
                    "Marks a condition met (approver); once all are, the subjects become Approved;"
                            + " 204")
    ResponseEntity<Void> met(
            @PathVariable("id") String id,
            @RequestBody(required = false) WorkflowRequests.MetRequest request) {
        steps.markMet(id, request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/decisions/{id}/concerns")
    @Operation(summary = "Raises a party's concern with a decision, by constituency (editor); 201")
    ResponseEntity<ConcernResponse> raise(
            @PathVariable("id") String id, @RequestBody WorkflowRequests.ConcernRequest request) {
        ConcernResponse concern = concern(steps.raiseConcern(id, request));
        return ResponseEntity.created(URI.create("/api/concerns/" + concern.concern().identifier()))
                .body(concern);
    }

    @GetMapping("/api/concerns")
    @Operation(summary = "Lists every concern, open or settled")
    List<ConcernResponse> concerns() {
        return governance.concerns().stream().map(ConcernResponse::of).toList();
    }

    @GetMapping("/api/concerns/{id}")
    @Operation(summary = "Returns one concern")
    ConcernResponse one(@PathVariable("id") String id) {
        return concern(refs.iri(id, Ref.Kind.CONCERN, "id"));
    }

    @PostMapping("/api/concerns/{id}/settlement")
    @Operation(
            summary =
                    "Settles a concern (approver): resolved by the deciding body, or escalated to"
                            + " the PSG, with the outcome")
    ConcernResponse settle(
            @PathVariable("id") String id,
            @RequestBody WorkflowRequests.SettlementRequest request) {
        return concern(steps.settle(id, request));
    }

    private ConcernResponse concern(String iri) {
        return ConcernResponse.of(
                governance
                        .concern(iri)
                        .orElseThrow(
                                () -> new ResourceNotFoundException("No concern <" + iri + ">")));
    }

    /** One row of the decisions log. */
    record LogEntryResponse(
            LinkResponse decision,
            String date,
            LinkResponse body,
            String level,
            LinkResponse meeting,
            String outcome,
            List<LinkResponse> subjects,
            String rationale,
            List<ConditionResponse> conditions,
            String publicationDue,
            String published,
            boolean illustrative) {

        static LogEntryResponse of(DecisionLogEntry e) {
            return new LogEntryResponse(
                    LinkResponse.of(e.decision()),
                    e.date().map(Object::toString).orElse(null),
                    LinkResponse.of(e.body()),
                    e.level().label(),
                    LinkResponse.of(e.meeting()).orElse(null),
                    e.outcome().label(),
                    e.subjects().stream().map(LinkResponse::of).toList(),
                    e.rationale(),
                    e.conditions().stream().map(ConditionResponse::of).toList(),
                    e.publicationDue().map(Object::toString).orElse(null),
                    e.published().map(Object::toString).orElse(null),
                    e.illustrative());
        }
    }
}
