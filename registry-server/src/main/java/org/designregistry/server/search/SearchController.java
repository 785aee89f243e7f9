package org.designregistry.server.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.designregistry.model.Registry;
import org.designregistry.model.browse.ListColumn;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.search.InvalidSearchException;
import org.designregistry.model.search.SearchFacet;
import org.designregistry.model.search.SearchQuery;
import org.designregistry.model.search.SearchResult;
import org.designregistry.model.search.SearchUnavailableException;
import org.designregistry.ontology.DR;
import org.designregistry.server.web.PageLinks;
import org.designregistry.server.web.Pagination;
import org.designregistry.server.web.SortLinks;
import org.designregistry.server.web.TableDownloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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

    /** The sort key of the index's order, best first. */
    static final String RELEVANCE = "relevance";

    private static final PageLinks LINKS = new PageLinks();

    private final Registry registry;
    private final SearchRows rows;

    SearchController(Registry registry, RegistryBrowser browser) {
        this.registry = registry;
        this.rows = new SearchRows(registry.search(), browser);
    }

    /**
     * The hits as the page shows them (same text, filters and order; the best {@value
     * SearchRows#CAP}), as CSV or XLSX.
     */
    @GetMapping(value = "/search", params = "format")
    ResponseEntity<StreamingResponseBody> download(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "sort", defaultValue = "") String sort,
            @RequestParam(name = "dir", defaultValue = "") String dir,
            @RequestParam(name = "format") String format,
            @RequestParam MultiValueMap<String, String> parameters) {
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        chosen(parameters).forEach((key, values) -> filters.put(facetOf(key), Set.copyOf(values)));
        List<SearchRows.Row> all =
                rows.sorted(
                        new SearchQuery(q, filters, PAGE_SIZE, 0),
                        sortColumn(sort),
                        dir.equals("desc"));
        return TableDownloads.of(
                TableDownloads.format(format),
                "search-hits",
                "Search hits",
                SearchRows.COLUMNS.stream().map(ListColumn::heading).toList(),
                table ->
                        all.forEach(
                                r -> table.row(SearchRows.COLUMNS.stream().map(r::cell).toList())));
    }

    @GetMapping(value = "/search", params = "!format")
    ModelAndView search(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "sort", defaultValue = "") String sort,
            @RequestParam(name = "dir", defaultValue = "") String dir,
            @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request) {
        Map<String, List<String>> chosen = chosen(parameters);
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        chosen.forEach((key, values) -> filters.put(facetOf(key), Set.copyOf(values)));
        Optional<ListColumn> column = sortColumn(sort);
        boolean descending = dir.equals("desc");
        ModelAndView view = new ModelAndView("search/index");
        SortLinks links =
                new SortLinks(request, column.map(ListColumn::key).orElse(RELEVANCE), descending);
        view.addObject("sort", links);
        view.addObject("columns", SearchRows.COLUMNS);
        view.addObject("q", q);
        view.addObject("chosen", chosen);
        view.addObject("facets", SearchFacet.values());
        if (q.isBlank() && chosen.isEmpty()) {
            return view;
        }
        try {
            int number = pageNumber(page);
            SearchResult result;
            List<SearchRows.Row> shown;
            long listed;
            if (column.isEmpty()) {
                result =
                        registry.search()
                                .search(
                                        new SearchQuery(
                                                q, filters, PAGE_SIZE, (number - 1) * PAGE_SIZE));
                shown = rows.of(result);
                listed = result.total();
            } else {
                result = registry.search().search(new SearchQuery(q, filters, PAGE_SIZE, 0));
                List<SearchRows.Row> all =
                        rows.sorted(new SearchQuery(q, filters, PAGE_SIZE, 0), column, descending);
                int from = Math.min(all.size(), (number - 1) * PAGE_SIZE);
                shown = all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
                listed = all.size();
                view.addObject("capped", result.total() > all.size());
                view.addObject("cap", SearchRows.CAP);
            }
            int offset = (number - 1) * PAGE_SIZE;
            int pages = (int) Math.max(1, (listed + PAGE_SIZE - 1) / PAGE_SIZE);
            view.addObject("result", result);
            view.addObject("rows", shown);
            view.addObject("from", shown.isEmpty() ? 0 : offset + 1);
            view.addObject("to", offset + shown.size());
            view.addObject("pages", pages(shown));
            view.addObject("pagination", Pagination.of(number, pages, links::page));
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

    /** The facet filters a request names, by facet key; comma-separated values are several. */
    private static Map<String, List<String>> chosen(MultiValueMap<String, String> parameters) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
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
            }
        }
        return chosen;
    }

    private static SearchFacet facetOf(String key) {
        return Arrays.stream(SearchFacet.values())
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The column to sort by, or empty for relevance (the index's order). */
    private static Optional<ListColumn> sortColumn(String sort) {
        if (sort.isBlank() || sort.strip().equals(RELEVANCE)) {
            return Optional.empty();
        }
        Optional<ListColumn> column =
                ListColumn.fromKey(sort.strip()).filter(SearchRows.COLUMNS::contains);
        if (column.isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Unknown sort '"
                            + sort
                            + "': give relevance or one of "
                            + SearchRows.COLUMNS.stream()
                                    .map(ListColumn::key)
                                    .collect(Collectors.joining(", ")));
        }
        return column;
    }

    /** The page of each hit, by IRI: by kind and identifier where the type names a kind. */
    private static Map<String, String> pages(List<SearchRows.Row> rows) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (SearchRows.Row row : rows) {
            SearchResult.Hit hit = row.hit();
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
