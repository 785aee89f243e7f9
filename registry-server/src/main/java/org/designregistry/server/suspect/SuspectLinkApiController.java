package org.designregistry.server.suspect;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.resource.Resources;
import org.designregistry.model.suspect.SuspectLinks;
import org.designregistry.model.suspect.SuspectQuery;
import org.designregistry.server.web.PageLinks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/suspect-links}: the links made suspect by changes to approved or baselined resources,
 * with filters and paging; one resource's; and clearing them after review (editors, by the security
 * configuration's rule for API writes), recorded as a change with the reviewer's comment.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Suspect links", description = "Links to review after an approved resource changed")
class SuspectLinkApiController {

    private static final PageLinks PAGES = new PageLinks();

    private final SuspectLinks suspects;
    private final Resources resources;

    SuspectLinkApiController(SuspectLinks suspects, Resources resources) {
        this.suspects = suspects;
        this.resources = resources;
    }

    @GetMapping("/suspect-links")
    @Operation(
            summary =
                    "Lists suspect links, most recently marked first: workstream= (of either"
                            + " end), owner= (of the dependant), kind= (of either end), since= (a"
                            + " change number or time), page=, size=")
    SuspectListResponse list(
            @RequestParam(required = false) String workstream,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SuspectQuery.DEFAULT_SIZE) int size) {
        return SuspectListResponse.of(
                suspects.list(query(workstream, owner, kind, since, page, size)), PAGES);
    }

    @GetMapping("/resources/{ref}/suspect-links")
    @Operation(summary = "Lists the suspect links with the resource at either end")
    List<SuspectLinkResponse> about(@PathVariable String ref) {
        String iri = resources.resolve(Ref.parse(ref));
        return suspects.about(iri).stream().map(l -> SuspectLinkResponse.of(l, PAGES)).toList();
    }

    @PostMapping("/suspect-links/clear")
    @Operation(
            summary =
                    "Clears suspect links after review (editor): {\"ids\": [...], \"comment\":"
                            + " \"...\"}, all or none, recorded as one change with the comment")
    ClearResponse clear(@RequestBody ClearRequest body) {
        if (body == null || body.ids() == null) {
            throw new RegistryException(
                    "Give the ids of the suspect links to clear: {\"ids\": [...], \"comment\":"
                            + " \"...\"}");
        }
        long change = suspects.clear(body.ids(), body.comment());
        return new ClearResponse(change, List.copyOf(body.ids()));
    }

    /** Returns the query the request's parameters ask for. */
    static SuspectQuery query(
            String workstream, String owner, String kind, String since, int page, int size) {
        return new SuspectQuery(
                Optional.ofNullable(workstream),
                Optional.ofNullable(owner),
                Optional.ofNullable(kind),
                Optional.ofNullable(since).filter(s -> !s.isBlank()).map(ChangeBound::parse),
                page,
                size);
    }
}
