package org.designregistry.server.baseline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RegistryException;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.BaselineDiff;
import org.designregistry.model.baseline.BaselineDiff.Side;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.baseline.DiffReports;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.server.impact.ImpactResponse;
import org.designregistry.server.linkeddata.LocalUrls;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for frozen baselines: list, create (approvers), read or export one in any RDF
 * syntax, delete (admins), and compare two, or one with now, as JSON, CSV or Markdown. A baseline
 * is named by its name with spaces or hyphens ({@code Design Baseline 1} is {@code
 * Design-Baseline-1}).
 */
@RestController
@RequestMapping("/api/baselines")
@Tag(name = "Baselines", description = "Frozen baselines of the registry and their differences")
class BaselineApiController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType MARKDOWN =
            MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final Baselines baselines;
    private final Resources resources;
    private final LocalUrls urls;
    private final DiffImpact diffImpact;
    private final SuspectLinks suspects;

    BaselineApiController(
            Baselines baselines,
            Resources resources,
            LocalUrls urls,
            DiffImpact diffImpact,
            SuspectLinks suspects) {
        this.baselines = baselines;
        this.resources = resources;
        this.urls = urls;
        this.diffImpact = diffImpact;
        this.suspects = suspects;
    }

    @GetMapping
    @Operation(summary = "Lists the frozen baselines, oldest first")
    List<BaselineResponse> list() {
        return baselines.list().stream().map(b -> BaselineResponse.of(b, urls)).toList();
    }

    @PostMapping
    @Operation(
            summary =
                    "Freezes the registry as it is now under a new name (approver); 201 with its"
                            + " record")
    ResponseEntity<BaselineResponse> create(@RequestBody BaselineRequest body) {
        Optional<String> decision =
                Optional.ofNullable(body.decision())
                        .filter(d -> !d.isBlank())
                        .map(d -> resources.resolve(Ref.parse(d)));
        Baseline created = baselines.create(body.toDraft(decision));
        return ResponseEntity.created(URI.create(BaselinePaths.api(created.name())))
                .body(BaselineResponse.of(created, urls));
    }

    @GetMapping("/{name}")
    @Operation(
            summary =
                    "Returns a baseline's record, or with format= (ttl, nt, jsonld, rdfxml, trig,"
                            + " nq) the registry graph it holds")
    ResponseEntity<?> get(
            @PathVariable String name, @RequestParam(required = false) String format) {
        if (format == null || format.isBlank()) {
            return ResponseEntity.ok(BaselineResponse.of(baselines.get(name), urls));
        }
        RdfFormat rdf = RdfFormat.fromShortName(format.strip().toLowerCase(Locale.ROOT));
        Baseline baseline = baselines.get(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        baselines.export(baseline.name(), out, rdf);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rdf.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + baseline.name() + "." + rdf.fileExtension() + "\"")
                .header(BaselinePaths.CHANGE_HEADER, Long.toString(baseline.change()))
                .body(out.toByteArray());
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Deletes a baseline (admin), recorded as a change with the reason given")
    ResponseEntity<Void> delete(
            @PathVariable String name,
            @RequestParam(required = false) String reason,
            @RequestHeader(name = "X-Change-Message", required = false) String message) {
        baselines.delete(name, reason != null ? reason : message);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{from}/diff/{to}")
    @Operation(
            summary =
                    "Compares a baseline with another, or with 'current': resources added,"
                            + " removed and changed, each property old -> new, counts by kind and"
                            + " workstream, and the changes that made it; JSON, or format=csv|md;"
                            + " with impact=true (JSON), {diff, impact}: what those changes touch")
    ResponseEntity<?> diff(
            @PathVariable String from,
            @PathVariable String to,
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "false") boolean impact,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        BaselineDiff diff = baselines.diff(from, other(to));
        if (impact) {
            return ResponseEntity.ok(
                    new DiffImpactResponse(
                            DiffResponse.of(diff, urls),
                            diffImpact
                                    .of(diff)
                                    .map(
                                            report ->
                                                    ImpactResponse.of(
                                                            report,
                                                            suspects.hitsThroughSuspectLinks(
                                                                    report)))
                                    .orElse(null)));
        }
        String chosen = chosenFormat(format, accept);
        return switch (chosen) {
            case "csv" ->
                    ResponseEntity.ok()
                            .contentType(CSV)
                            .body(DiffReports.csv(diff).getBytes(StandardCharsets.UTF_8));
            case "md" ->
                    ResponseEntity.ok()
                            .contentType(MARKDOWN)
                            .body(DiffReports.markdown(diff).getBytes(StandardCharsets.UTF_8));
            default -> ResponseEntity.ok(DiffResponse.of(diff, urls));
        };
    }

    /** Returns the other side of a comparison: a baseline, or empty for {@code current}. */
    static Optional<String> other(String to) {
        return Side.CURRENT.equalsIgnoreCase(to.strip()) ? Optional.empty() : Optional.of(to);
    }

    private static String chosenFormat(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("json", "csv", "md").contains(f)) {
                throw new RegistryException(
                        "Unknown format '" + format + "': expected json, csv or md");
            }
            return f;
        }
        if (accept != null && accept.contains("text/csv")) {
            return "csv";
        }
        if (accept != null && accept.contains("text/markdown")) {
            return "md";
        }
        return "json";
    }
}
