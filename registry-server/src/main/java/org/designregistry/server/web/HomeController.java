package org.designregistry.server.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.designregistry.model.Registry;
import org.designregistry.model.browse.ListQuery;
import org.designregistry.model.browse.Listing;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.suspect.SuspectLinks;
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

    /**
     * How many resources at fault the home page names per shape; the rest are on the shape's page
     * of {@link ValidationController}, so the home page stays small however many there are.
     */
    static final int OFFENCES_SHOWN = 5;

    /**
     * How many values of each count table (by kind, workstream, status) the home page shows, most
     * resources first; a generated registry can have hundreds of workstreams.
     */
    static final int FACET_VALUES_SHOWN = 10;

    private final Registry registry;
    private final RegistryBrowser browser;
    private final SuspectLinks suspects;

    HomeController(Registry registry, RegistryBrowser browser, SuspectLinks suspects) {
        this.registry = registry;
        this.browser = browser;
        this.suspects = suspects;
    }

    @GetMapping("/")
    String home(Model model) {
        Listing listing = browser.list(ListQuery.all());
        model.addAttribute("listing", listing);
        Map<String, List<Listing.FacetValue>> counts = new LinkedHashMap<>();
        for (Listing.Facet facet :
                List.of(Listing.Facet.KIND, Listing.Facet.WORKSTREAM, Listing.Facet.STATUS)) {
            counts.put(facet.name().toLowerCase(Locale.ROOT), commonest(listing.facet(facet)));
        }
        model.addAttribute("counts", counts);
        model.addAttribute("countsShown", FACET_VALUES_SHOWN);
        model.addAttribute("triples", browser.size());
        model.addAttribute("health", browser.health());
        model.addAttribute("offencesShown", OFFENCES_SHOWN);
        model.addAttribute("suspectCount", suspects.count());
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

    /**
     * Returns the {@value #FACET_VALUES_SHOWN} values with the most resources, in the facet's own
     * order.
     */
    private static List<Listing.FacetValue> commonest(List<Listing.FacetValue> values) {
        Set<Listing.FacetValue> kept =
                values.stream()
                        .sorted(Comparator.comparingInt(Listing.FacetValue::count).reversed())
                        .limit(FACET_VALUES_SHOWN)
                        .collect(Collectors.toSet());
        return values.stream().filter(kept::contains).toList();
    }
}
