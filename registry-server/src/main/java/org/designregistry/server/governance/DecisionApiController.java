package org.designregistry.server.governance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.governance.DecisionPublications;
import org.designregistry.model.governance.PublicationReport;
import org.designregistry.model.resource.Resources;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions against their publication deadline: {@code GET /api/decisions/publication[?on=&status=
 * &format=json|csv|md]} reports every decision's status (or those of the statuses asked) on a day,
 * today by default; {@code PUT /api/decisions/{identifier}/published} with {@code {"date":
 * "2026-12-30"}} records its publication (approvers: a decision changes).
 */
@RestController
class DecisionApiController {

    private final DecisionPublications publications;
    private final Resources resources;
    private final WriteRights rights;
    private final Clock clock;

    DecisionApiController(
            DecisionPublications publications,
            Resources resources,
            WriteRights rights,
            Clock clock) {
        this.publications = publications;
        this.resources = resources;
        this.rights = rights;
        this.clock = clock;
    }

    @GetMapping("/api/decisions/publication")
    ResponseEntity<?> publication(
            @RequestParam(name = "on", required = false) String on,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "format", required = false) String format) {
        String chosen = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("json") && !chosen.equals("csv") && !chosen.equals("md")) {
            throw new IllegalArgumentException(
                    "Unknown format '" + format + "': expected json, csv or md");
        }
        var wanted = PublicationQuery.statuses(status);
        PublicationReport report = publications.report(PublicationQuery.day(on, clock));
        return switch (chosen) {
            case "csv" -> text(report.toCsv(), "text/csv", report, "csv");
            case "md" -> text(report.toMarkdown(), "text/markdown", report, "md");
            default ->
                    ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(PublicationResponse.of(report, wanted));
        };
    }

    @PutMapping("/api/decisions/{identifier}/published")
    ResponseEntity<Void> markPublished(
            @PathVariable("identifier") String identifier,
            @RequestBody(required = false) PublishedRequest request) {
        LocalDate date =
                request == null || request.date() == null
                        ? LocalDate.now(clock)
                        : PublicationQuery.day(request.date(), clock);
        String iri = resources.resolve(Ref.of(Ref.Kind.DECISION, identifier));
        publications.markPublished(iri, date, rights);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> text(
            String body, String type, PublicationReport report, String extension) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.valueOf(type), StandardCharsets.UTF_8))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"decision-publication-"
                                + report.on()
                                + "."
                                + extension
                                + "\"")
                .body(body);
    }

    /**
     * The body of a publication: the day it was published ({@code yyyy-mm-dd}), today if absent.
     */
    record PublishedRequest(String date) {}
}
