package org.designregistry.server.browse;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.designregistry.model.browse.ListQuery;
import org.designregistry.model.browse.Listing;
import org.designregistry.model.browse.Listing.Facet;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.catalog.Ref;
import org.designregistry.server.web.PageErrors;
import org.designregistry.server.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lists of resources: {@code /browse} (every kind) and {@code /browse/{kind}}, narrowed by {@code
 * workstream}, {@code status}, {@code phase} and {@code type} (and {@code kind} on {@code /browse})
 * and paged by {@code page} and {@code size}; a blank filter means any.
 */
@Controller
class BrowseController {

    private final RegistryBrowser browser;

    BrowseController(RegistryBrowser browser) {
        this.browser = browser;
    }

    @GetMapping("/browse")
    String all(
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + ListQuery.DEFAULT_SIZE) int size,
            HttpServletRequest request,
            Model model) {
        return list(filters(params), page, size, request, model);
    }

    @GetMapping("/browse/{kind}")
    String kind(
            @PathVariable String kind,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + ListQuery.DEFAULT_SIZE) int size,
            HttpServletRequest request,
            Model model) {
        Ref.Kind chosen = PageErrors.kindNamed(kind);
        Map<Facet, String> filters = filters(params);
        filters.put(Facet.KIND, chosen.kindName());
        model.addAttribute("kind", chosen.kindName());
        return list(filters, page, size, request, model);
    }

    private String list(
            Map<Facet, String> filters,
            int page,
            int size,
            HttpServletRequest request,
            Model model) {
        Listing listing = browser.list(new ListQuery(filters, page, size));
        model.addAttribute("listing", listing);
        model.addAttribute("filterKind", filters.get(Facet.KIND));
        model.addAttribute("filterLabels", filterLabels(listing));
        model.addAttribute(
                "pagination", Pagination.of(page, listing.pages(), n -> pageHref(request, n)));
        return "browse/list";
    }

    /**
     * Returns the labels of the values the list is filtered by, other than its kind (which the
     * heading names), such as {@code [Draft, Smart]}: the page's title and heading say them.
     */
    private static List<String> filterLabels(Listing listing) {
        return Arrays.stream(Facet.values())
                .filter(f -> f != Facet.KIND)
                .flatMap(f -> listing.facet(f).stream())
                .filter(Listing.FacetValue::selected)
                .map(Listing.FacetValue::label)
                .toList();
    }

    /** Reads the facet filters from the query parameters, ignoring blank ones (meaning "any"). */
    private static Map<Facet, String> filters(Map<String, String> params) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        params.forEach(
                (name, value) ->
                        Facet.fromLabel(name)
                                .filter(facet -> value != null && !value.isBlank())
                                .ifPresent(facet -> filters.put(facet, value.strip())));
        return filters;
    }

    private static String pageHref(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
