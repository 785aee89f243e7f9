package org.designregistry.server.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.search.InvalidSearchException;
import org.designregistry.model.search.SearchFacet;
import org.designregistry.model.search.SearchQuery;
import org.designregistry.model.search.SearchResult;
import org.designregistry.model.search.SearchUnavailableException;
import org.designregistry.ontology.DR;
import org.designregistry.server.web.PageLinks;
import org.designregistry.server.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /search?q=}: the search page. The hits, best first, each a link to its page with its
 * matches highlighted; the facets with their counts as filters; pages of {@value #PAGE_SIZE}; a
 * search box with type-ahead from {@code /api/suggest} ({@code static/js/search-suggest.js}). A
 * search the index refuses is shown above the box (400), with the reason.
 */
@Controller
class SearchController {

    /** Hits per page. */
    static final int PAGE_SIZE = 20;

    private static final PageLinks LINKS = new PageLinks();

    private final Registry registry;

    SearchController(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/search")
    ModelAndView search(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam MultiValueMap<String, String> parameters) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values =
                    parameters.getOrDefault(facet.key(), List.of()).stream()
                            .flatMap(v -> Arrays.stream(v.split(",")))
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .distinct()
                            .toList();
            if (!values.isEmpty()) {
                chosen.put(facet.key(), values);
                filters.put(facet, Set.copyOf(values));
            }
        }
        ModelAndView view = new ModelAndView("search/index");
        view.addObject("q", q);
        view.addObject("chosen", chosen);
        view.addObject("facets", SearchFacet.values());
        if (q.isBlank() && chosen.isEmpty()) {
            return view;
        }
        try {
            int number = pageNumber(page);
            SearchResult result =
                    registry.search()
                            .search(
                                    new SearchQuery(
                                            q, filters, PAGE_SIZE, (number - 1) * PAGE_SIZE));
            int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            view.addObject("result", result);
            view.addObject("from", result.total() == 0 ? 0 : result.offset() + 1);
            view.addObject("to", result.offset() + result.hits().size());
            view.addObject("pages", pages(result));
            view.addObject(
                    "pagination", Pagination.of(number, pages, n -> LINKS.search(q, chosen, n)));
        } catch (InvalidSearchException e) {
            view.setStatus(HttpStatus.BAD_REQUEST);
            view.addObject("error", e.getMessage());
        } catch (SearchUnavailableException e) {
            view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            view.addObject(
                    "error",
                    "Search is unavailable: its index cannot be used until an administrator"
                            + " rebuilds it; browse the lists meanwhile");
        }
        return view;
    }

    /** The page of each hit, by IRI: by kind and identifier where the type names a kind. */
    private static Map<String, String> pages(SearchResult result) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (SearchResult.Hit hit : result.hits()) {
            String typeIri = hit.type().isEmpty() ? "" : DR.getURI() + hit.type();
            pages.put(
                    hit.iri(),
                    LINKS.resource(
                            new ResourceRef(hit.iri(), hit.identifier(), hit.label(), typeIri)));
        }
        return pages;
    }

    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && (long) (number - 1) * PAGE_SIZE <= SearchQuery.MAX_OFFSET) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidSearchException(
                "The page must be a whole number from 1 to "
                        + (SearchQuery.MAX_OFFSET / PAGE_SIZE + 1)
                        + ", not '"
                        + page
                        + "'");
    }
}
