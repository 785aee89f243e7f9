package org.designregistry.server.web;

import org.designregistry.model.Registry;
import org.designregistry.model.browse.ListQuery;
import org.designregistry.model.browse.RegistryBrowser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the registry holds, its validation health, the latest decisions, and a
 * warning when search is degraded.
 */
@Controller
class HomeController {

    /** How many of the latest decisions the home page shows. */
    static final int RECENT_DECISIONS = 5;

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
        return "home/index";
    }
}
