package org.designregistry.server.changerequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designregistry.model.RegistryException;
import org.designregistry.model.changerequest.ChangeRequest;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.model.changerequest.ImpactPack;
import org.designregistry.model.changerequest.Verdict;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The JSON API for change requests: raise one (editors) with its impact frozen, read it and its
 * pack (JSON, Markdown or XLSX), compute the impact again to see what moved, reassess, triage an
 * item (editors), list the changes made under it, and list what the signed-in person must triage.
 */
@RestController
@RequestMapping(ChangeRequestPaths.API)
@Tag(
        name = "Change requests",
        description = "Change requests with a frozen impact assessment, triage and the pack")
class ChangeRequestApiController {

    /** The media type of an XLSX workbook. */
    static final MediaType XLSX =
            MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final MediaType MARKDOWN =
            MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final ChangeRequests changeRequests;
    private final Resources resources;
    private final Answerers answerers;

    ChangeRequestApiController(
            ChangeRequests changeRequests, Resources resources, Answerers answerers) {
        this.changeRequests = changeRequests;
        this.resources = resources;
        this.answerers = answerers;
    }

    @GetMapping
    @Operation(
            summary =
                    "Lists the change requests by identifier; with awaiting=me, the impacted items"
                            + " the signed-in person has still to triage instead")
    List<?> list(
            @Parameter(description = "me: the items awaiting the signed-in person's triage")
                    @RequestParam(required = false)
                    String awaiting,
            Authentication authentication) {
        if (awaiting == null) {
            return changeRequests.list().stream().map(ChangeRequestResponse::of).toList();
        }
        if (!awaiting.strip().equals("me")) {
            throw new RegistryException(
                    "Unknown value '" + awaiting + "' of awaiting: the only value is 'me'");
        }
        SignedInUser user = SignedInUser.of(authentication);
        if (!user.signedIn()) {
            throw new ResponseStatusException(
                    HttpStatus.UNAUTHORIZED, "Sign in to list what awaits you (awaiting=me)");
        }
        return changeRequests.awaiting(answerers.partiesOf(user.name())).stream()
                .map(AwaitingResponse::of)
                .toList();
    }

    @PostMapping
    @Operation(
            summary =
                    "Raises a change request (editor): its impact is assessed and frozen at the"
                            + " latest change; 201 with it")
    ResponseEntity<ChangeRequestResponse> raise(@RequestBody ChangeRequestRequest body) {
        ChangeRequest raised =
                changeRequests.raise(
                        body.toDraft(RaisingConstituency.resolve(resources, body.constituency())));
        return ResponseEntity.created(URI.create(ChangeRequestPaths.api(raised.identifier())))
                .body(ChangeRequestResponse.of(raised));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Returns a change request, with its triage's progress")
    ChangeRequestResponse get(@PathVariable String id) {
        return ChangeRequestResponse.of(changeRequests.get(id));
    }

    @GetMapping("/{id}/pack")
    @Operation(
            summary =
                    "Returns a change request's impact assessment pack as JSON, or format=md"
                            + " (Markdown) or format=xlsx (a workbook)")
    ResponseEntity<?> pack(
            @PathVariable String id, @RequestParam(defaultValue = "json") String format) {
        ImpactPack pack = changeRequests.pack(id);
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> ResponseEntity.ok(PackResponse.of(pack));
            case "md" ->
                    download(
                            pack,
                            "md",
                            MARKDOWN,
                            pack.toMarkdown().getBytes(StandardCharsets.UTF_8));
            case "xlsx" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pack.writeXlsx(out);
                yield download(pack, "xlsx", XLSX, out.toByteArray());
            }
            default ->
                    throw new RegistryException(
                            "Unknown format '" + format + "': expected json, md or xlsx");
        };
    }

    @GetMapping("/{id}/recompute")
    @Operation(
            summary =
                    "Computes a change request's impact again, now, and returns what moved since"
                            + " the frozen assessment (items added, removed, changed); stores"
                            + " nothing")
    DriftResponse recompute(@PathVariable String id) {
        return DriftResponse.of(changeRequests.recompute(id));
    }

    @PostMapping("/{id}/reassess")
    @Operation(
            summary =
                    "Freezes a change request's impact anew at the latest change (editor),"
                            + " keeping its triage")
    ChangeRequestResponse reassess(@PathVariable String id) {
        return ChangeRequestResponse.of(changeRequests.reassess(id));
    }

    @PostMapping("/{id}/triage")
    @Operation(
            summary =
                    "Marks one impacted item impacted, not-impacted or needs-analysis, with a"
                            + " comment (editor); recorded as a change by the signed-in user")
    ChangeRequestResponse triage(@PathVariable String id, @RequestBody TriageRequest body) {
        if (body.item() == null || body.item().isBlank()) {
            throw new RegistryException("Name the item to triage (item), by identifier or IRI");
        }
        return ChangeRequestResponse.of(
                changeRequests.triage(
                        id, body.item(), Verdict.parse(body.verdict()), body.comment()));
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "Lists the recorded changes made under a change request, newest first")
    List<PackResponse.Change> changes(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > ChangeQuery.MAX_SIZE) {
            throw new RegistryException(
                    "page must be 0 or more and size 1 to " + ChangeQuery.MAX_SIZE);
        }
        String identifier = changeRequests.get(id).identifier();
        return changeRequests.changes(identifier, page, size).items().stream()
                .map(
                        c ->
                                new PackResponse.Change(
                                        c.number(),
                                        c.time().toString(),
                                        c.principal(),
                                        c.route(),
                                        c.message().orElse("")))
                .toList();
    }

    private static ResponseEntity<byte[]> download(
            ImpactPack pack, String extension, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + PackFiles.name(pack, extension) + "\"")
                .body(body);
    }
}
