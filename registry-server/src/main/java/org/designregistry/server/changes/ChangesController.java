package org.designregistry.server.changes;

import java.util.List;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangePage;
import org.designregistry.model.resource.Resources;
import org.designregistry.server.history.ChangeFilter;
import org.designregistry.server.history.ChangeSummary;
import org.designregistry.server.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /changes}: the registry's changes, newest first, filtered like {@code /api/changes}
 * (resource, user, route, since, until, change request), {@value #PAGE_SIZE} a page from {@code
 * page=1}, each linked to the resources it touched; the Atom feed of the same filters is its
 * alternate.
 */
@Controller
class ChangesController {

    /** The changes on one page. */
    static final int PAGE_SIZE = 25;

    private final ChangeHistory history;
    private final Resources resources;

    ChangesController(Registry registry, Resources resources) {
        this.history = registry.history();
        this.resources = resources;
    }

    @GetMapping("/changes")
    String changes(ChangeFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        int shown = Math.max(page, 1);
        ChangePage changes =
                history.list(filter.query(ChangeFilter.resolver(resources), shown - 1, PAGE_SIZE));
        List<ChangeSummary> summaries =
                changes.items().stream()
                        .flatMap(c -> history.describe(c.number()).map(ChangeSummary::of).stream())
                        .toList();
        int pages = (int) Math.max(1, (changes.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("changes", summaries);
        model.addAttribute("total", changes.total());
        model.addAttribute("first", (long) (shown - 1) * PAGE_SIZE + 1);
        model.addAttribute(
                "pagination", Pagination.of(shown, pages, n -> filter.link("/changes", n)));
        model.addAttribute("feed", filter.link("/api/changes.atom", 0));
        return "changes/index";
    }
}
