package org.designregistry.server.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangePage;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.resource.Resources;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/changes.atom}: the changes as an Atom feed, newest first, with the filters and paging
 * of {@code /api/changes}, so that people and tools can subscribe.
 */
@RestController
@Tag(name = "Changes", description = "The change history of the registry")
class ChangeFeedController {

    private final ChangeHistory history;
    private final Resources resources;

    ChangeFeedController(Registry registry, Resources resources) {
        this.history = registry.history();
        this.resources = resources;
    }

    @GetMapping("/api/changes.atom")
    @Operation(summary = "The changes as an Atom feed, with the filters of /api/changes")
    ResponseEntity<String> feed(
            ChangeFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ChangeQuery.DEFAULT_SIZE) int size) {
        ChangePage changes =
                history.list(filter.query(ChangeFilter.resolver(resources), page, size));
        List<ChangeSummary> entries =
                changes.items().stream()
                        .flatMap(c -> history.describe(c.number()).map(ChangeSummary::of).stream())
                        .toList();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ChangeFeed.MEDIA_TYPE + ";charset=utf-8")
                .body(ChangeFeed.write(base, filter.link("/api/changes.atom", page), entries));
    }
}
