package org.designregistry.server.web;

import org.designregistry.model.Registry;
import org.designregistry.model.browse.ListQuery;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.server.history.ChangeFilter;
import org.designregistry.server.history.ChangeSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the registry holds, its validation health, the latest decisions and changes
 * (with the changes feed as its alternate), and a warning when search is degraded.
 */
@Controller
class HomeController {

    /** How many of the latest decisions the home page shows. */
    static final int RECENT_DECISIONS = 5;

    /** How many of the latest changes the home page shows. */
    static final int LATEST_CHANGES = 5;

    private final Registry registry;
    private final RegistryBrowser browser;

    HomeController(Registry registry, RegistryBrowser browser) {
        this.registry = registry;
        this.browser = browser;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("listing", browser.list(ListQuery.all()));
        model.addAttribute("triples", registry.size());
        model.addAttribute("health", browser.health());
        model.addAttribute("decisions", browser.recentDecisions(RECENT_DECISIONS));
        model.addAttribute("searchDegraded", registry.search().degraded().orElse(null));
        ChangeHistory history = registry.history();
        model.addAttribute(
                "latestChanges",
                history.list(ChangeQuery.all().withPage(0, LATEST_CHANGES)).items().stream()
                        .flatMap(c -> history.describe(c.number()).map(ChangeSummary::of).stream())
                        .toList());
        model.addAttribute("feed", ChangeFilter.none().link("/api/changes.atom", 0));
        return "home/index";
    }
}
