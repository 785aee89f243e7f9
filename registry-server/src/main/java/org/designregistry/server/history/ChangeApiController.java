package org.designregistry.server.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangePatch;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.ChangeReverts;
import org.designregistry.model.history.RevertConflictException;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/changes}: the change history, newest first, with filters; one change as labelled JSON
 * or as an RDF Patch; a resource's changes as readable differences; and reverts (admins only, by
 * the security configuration, and approvers for changes that touched decisions), checked like every
 * write and refused with 409 when later changes altered the same triples.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Changes", description = "The change history of the registry")
class ChangeApiController {

    private final Registry registry;
    private final ChangeHistory history;
    private final Resources resources;
    private final WriteRights rights;

    ChangeApiController(Registry registry, Resources resources, WriteRights rights) {
        this.registry = registry;
        this.history = registry.history();
        this.resources = resources;
        this.rights = rights;
    }

    @GetMapping("/changes")
    @Operation(summary = "Lists changes newest first, with filters and paging")
    ChangeListResponse list(
            @RequestParam(required = false) String resource,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String route,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String changeRequest,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ChangeQuery.DEFAULT_SIZE) int size) {
        ChangeQuery query =
                ChangeQuery.all()
                        .withPage(page, size)
                        .withUser(user)
                        .withRoute(route)
                        .withChangeRequest(changeRequest)
                        .withSince(since == null ? null : ChangeBound.parse(since))
                        .withUntil(until == null ? null : ChangeBound.parse(until));
        if (resource != null) {
            query = query.withResource(iri(resource));
        }
        return ChangeListResponse.of(history.list(query));
    }

    @GetMapping(value = "/changes/{number}", produces = "application/json")
    @Operation(summary = "Returns one change with its added and removed triples, labelled")
    ChangeDetailsResponse get(@PathVariable long number) {
        return history.describe(number)
                .map(ChangeDetailsResponse::of)
                .orElseThrow(() -> noChange(number));
    }

    @GetMapping(value = "/changes/{number}", produces = ChangePatch.MEDIA_TYPE)
    @Operation(summary = "Returns one change as an RDF Patch")
    ResponseEntity<String> patch(@PathVariable long number) {
        ChangePatch patch = history.patch(number).orElseThrow(() -> noChange(number));
        return ResponseEntity.ok()
                .header("Content-Type", ChangePatch.MEDIA_TYPE + ";charset=utf-8")
                .body(patch.toText());
    }

    @GetMapping("/resources/{ref}/history")
    @Operation(summary = "Lists a resource's changes newest first, as readable differences")
    ResourceHistoryResponse resourceHistory(
            @PathVariable String ref,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ChangeQuery.DEFAULT_SIZE) int size) {
        return ResourceHistoryResponse.of(history.resourceHistory(iri(ref), page, size));
    }

    @PostMapping("/changes/{number}/revert")
    @Operation(
            summary =
                    "Reverts a change as a new, checked change (admins; approvers for changes that"
                            + " touched decisions)")
    ResponseEntity<?> revert(
            @PathVariable long number,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Optional<String> refused = RevertRights.refusal(registry, number);
        if (refused.isPresent()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Problems.of(HttpStatus.FORBIDDEN, refused.get()));
        }
        ChangeRecord revert = ChangeReverts.revert(registry, number, rights, versions(ifMatch));
        return ResponseEntity.created(URI.create("/api/changes/" + revert.number()))
                .body(ChangeResponse.of(revert));
    }

    @ExceptionHandler(RevertConflictException.class)
    ResponseEntity<ProblemDetail> conflict(RevertConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("conflictingChanges", e.conflicting());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * Returns the versions an {@code If-Match} header names (the {@code ETag}s of the resources as
     * their reader saw them), or empty when it is absent or {@code *}: then nothing is compared.
     */
    static Optional<Set<String>> versions(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Optional.empty();
        }
        Set<String> versions = new HashSet<>();
        for (String part : ifMatch.split(",")) {
            String tag = part.strip();
            if (tag.equals("*")) {
                return Optional.empty();
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (!tag.isEmpty()) {
                versions.add(tag);
            }
        }
        return Optional.of(versions);
    }

    /** Returns the IRI a reference or an IRI names; an IRI need not be described any more. */
    private String iri(String refOrIri) {
        if (refOrIri.contains("://") || refOrIri.startsWith("urn:")) {
            return refOrIri;
        }
        return resources.resolve(Ref.parse(refOrIri));
    }

    private static ResourceNotFoundException noChange(long number) {
        return new ResourceNotFoundException(
                "No change " + number + ": see GET /api/changes for the recorded ones");
    }
}
