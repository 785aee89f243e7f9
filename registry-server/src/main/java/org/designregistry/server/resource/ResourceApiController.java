package org.designregistry.server.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.ResourceQuery;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.linkeddata.LocalUrls;
import org.designregistry.server.web.PreconditionRequiredException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for resources of every kind: lists with filters and pages, one resource with its
 * links both ways, and edits for editors (of decisions, for approvers: 403 otherwise). Edits of an
 * existing resource need {@code If-Match} with the {@code ETag} its GET gave (428 without, 412 when
 * stale); every edit is checked against the shapes (422 with the report, nothing stored).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Resources", description = "Registry resources of every kind")
class ResourceApiController {

    /** The header that names the change a past state was read as of. */
    static final String AS_OF_HEADER = "Registry-As-Of-Change";

    /** The header that names the baseline a past state was read from. */
    static final String BASELINE_HEADER = "Registry-Baseline";

    private final Resources resources;
    private final LocalUrls urls;
    private final ChangeHistory history;
    private final Baselines baselines;

    ResourceApiController(
            Resources resources, LocalUrls urls, Registry registry, Baselines baselines) {
        this.resources = resources;
        this.urls = urls;
        this.history = registry.history();
        this.baselines = baselines;
    }

    @GetMapping("/kinds")
    @Operation(summary = "Lists the kinds of resource and their collection paths")
    List<KindResponse> kinds() {
        return Arrays.stream(Ref.Kind.values()).map(KindResponse::of).toList();
    }

    @GetMapping("/resources")
    @Operation(summary = "Lists resources of every kind, or of one, with filters and paging")
    ResourceListResponse list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String workstream,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ResourceQuery.DEFAULT_SIZE) int size) {
        Optional<Ref.Kind> wanted =
                kind == null || kind.isBlank()
                        ? Optional.empty()
                        : Optional.of(Ref.Kind.fromName(kind).orElseThrow(() -> unknownKind(kind)));
        return list(wanted, workstream, status, phase, type, owner, page, size);
    }

    @GetMapping("/{collection}")
    @Operation(
            summary = "Lists the resources of one kind",
            description =
                    "artefacts, processes, interfaces, data-items, requirements, decisions,"
                            + " workstreams, bodies ... (see /api/kinds)")
    ResourceListResponse listCollection(
            @PathVariable String collection,
            @RequestParam(required = false) String workstream,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ResourceQuery.DEFAULT_SIZE) int size) {
        Ref.Kind kind =
                Collections.kind(collection)
                        .orElseThrow(
                                () ->
                                        new ResourceNotFoundException(
                                                "No collection /api/"
                                                        + collection
                                                        + ": see GET /api/kinds"));
        return list(Optional.of(kind), workstream, status, phase, type, owner, page, size);
    }

    @GetMapping("/resources/{ref}")
    @Operation(
            summary =
                    "Returns one resource, by reference such as DES138 or interface:IF-041; with"
                            + " asOf (a change number or a time), as it was then; with baseline (a"
                            + " baseline's name), as that baseline holds it")
    ResponseEntity<ResourceResponse> get(
            @PathVariable String ref,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String baseline) {
        if (baseline != null) {
            return inBaseline(ref, baseline);
        }
        if (asOf == null) {
            return reply(HttpStatus.OK, resources.describe(Ref.parse(ref)));
        }
        String iri = resources.resolve(Ref.parse(ref));
        long change = history.resolve(ChangeBound.parse(asOf));
        ResourceDescription then =
                resources
                        .describeAsOf(iri, change)
                        .orElseThrow(
                                () ->
                                        new ResourceNotFoundException(
                                                ref + " did not exist after change " + change));
        // No ETag: an old state cannot be edited.
        return ResponseEntity.ok()
                .header(AS_OF_HEADER, Long.toString(change))
                .body(ResourceResponse.of(then, urls));
    }

    private ResponseEntity<ResourceResponse> inBaseline(String ref, String name) {
        Baseline frozen = baselines.get(name);
        Ref parsed = Ref.parse(ref);
        String iri = iriInBaseline(parsed);
        ResourceDescription then =
                baselines
                        .read(frozen.name(), data -> resources.describeIn(data, iri))
                        .orElseThrow(
                                () ->
                                        new ResourceNotFoundException(
                                                ref + " is not in baseline " + frozen.name()));
        // No ETag: a baseline cannot be edited.
        return ResponseEntity.ok()
                .header(AS_OF_HEADER, Long.toString(frozen.change()))
                .header(BASELINE_HEADER, frozen.name())
                .body(ResourceResponse.of(then, urls));
    }

    /** Returns the IRI a reference names now, or, for one deleted since, by its kind. */
    private String iriInBaseline(Ref ref) {
        try {
            return resources.resolve(ref);
        } catch (ResourceNotFoundException e) {
            return ref.kind().map(k -> resources.iriOf(k, ref.identifier())).orElseThrow(() -> e);
        }
    }

    @PostMapping("/resources")
    @Operation(summary = "Creates a resource (editor; approver for a decision)")
    ResponseEntity<ResourceResponse> create(@RequestBody ResourceRequest body) {
        ResourceDescription created = resources.create(body.toDraft());
        return ResponseEntity.created(location(created))
                .eTag(created.version())
                .body(ResourceResponse.of(created, urls));
    }

    @PutMapping("/resources/{ref}")
    @Operation(summary = "Replaces what a resource states (editor; If-Match required)")
    ResponseEntity<ResourceResponse> replace(
            @PathVariable String ref,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ResourceRequest body) {
        ResourceDescription current = resources.describe(Ref.parse(ref));
        return reply(
                HttpStatus.OK,
                resources.replace(current.iri(), version(ifMatch, current), body.toDraft()));
    }

    @DeleteMapping("/resources/{ref}")
    @Operation(summary = "Deletes a resource and the links to it (editor; If-Match required)")
    ResponseEntity<Void> delete(
            @PathVariable String ref,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ResourceDescription current = resources.describe(Ref.parse(ref));
        resources.delete(current.iri(), version(ifMatch, current));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/resources/{ref}/links")
    @Operation(summary = "Adds a link from a resource (editor; If-Match required)")
    ResponseEntity<ResourceResponse> addLink(
            @PathVariable String ref,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody LinkRequest link) {
        ResourceDescription current = resources.describe(Ref.parse(ref));
        return reply(
                HttpStatus.OK,
                resources.addLink(current.iri(), version(ifMatch, current), link.toInput()));
    }

    @DeleteMapping("/resources/{ref}/links")
    @Operation(summary = "Removes a link from a resource (editor; If-Match required)")
    ResponseEntity<ResourceResponse> removeLink(
            @PathVariable String ref,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam String relation,
            @RequestParam String target) {
        ResourceDescription current = resources.describe(Ref.parse(ref));
        return reply(
                HttpStatus.OK,
                resources.removeLink(
                        current.iri(),
                        version(ifMatch, current),
                        new LinkRequest(relation, target).toInput()));
    }

    private ResourceListResponse list(
            Optional<Ref.Kind> kind,
            String workstream,
            String status,
            String phase,
            String type,
            String owner,
            int page,
            int size) {
        ResourceQuery query =
                ResourceQuery.all()
                        .withKind(kind)
                        .withWorkstream(workstream)
                        .withStatus(status)
                        .withPhase(phase)
                        .withType(type)
                        .withOwner(owner)
                        .withPage(page, size);
        return ResourceListResponse.of(resources.list(query), urls);
    }

    private ResponseEntity<ResourceResponse> reply(HttpStatus status, ResourceDescription d) {
        return ResponseEntity.status(status).eTag(d.version()).body(ResourceResponse.of(d, urls));
    }

    private static URI location(ResourceDescription d) {
        return URI.create("/api/resources/" + d.ref().map(Ref::toString).orElse(d.identifier()));
    }

    /**
     * Returns the version an edit was made from: the entity tag of {@code If-Match} ({@code *}
     * meaning whatever is current).
     */
    private static String version(String ifMatch, ResourceDescription current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag of the resource as you read it (GET"
                            + " /api/resources/"
                            + current.ref().map(Ref::toString).orElse(current.identifier())
                            + "), so that edits made meanwhile are not overwritten");
        }
        String tag = ifMatch.split(",", 2)[0].strip();
        if (tag.equals("*")) {
            return current.version();
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag;
    }

    private static RegistryException unknownKind(String kind) {
        return new RegistryException("No kind '" + kind + "': see GET /api/kinds");
    }
}
