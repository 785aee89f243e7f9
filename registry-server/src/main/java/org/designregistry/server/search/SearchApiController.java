package org.designregistry.server.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.designregistry.model.Registry;
import org.designregistry.model.search.SearchFacet;
import org.designregistry.model.search.SearchQuery;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search as JSON: {@code GET /api/search} for ranked hits with facet counts, {@code GET
 * /api/suggest} for type-ahead. Both call the registry's search index.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

    private final Registry registry;

    SearchApiController(Registry registry) {
        this.registry = registry;
    }

    /**
     * Returns one page of hits for {@code q} and the facet counts of all matches; facet parameters
     * may repeat ({@code type=Interface&type=DataItem}) or list values with commas.
     */
    @GetMapping("/search")
    SearchResponse search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) List<String> workstream,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) List<String> phase,
            @RequestParam(required = false) List<String> illustrative,
            @RequestParam(defaultValue = "" + SearchQuery.DEFAULT_LIMIT) int limit,
            @RequestParam(defaultValue = "0") int offset) {
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        put(filters, SearchFacet.TYPE, type);
        put(filters, SearchFacet.WORKSTREAM, workstream);
        put(filters, SearchFacet.STATUS, status);
        put(filters, SearchFacet.PHASE, phase);
        put(filters, SearchFacet.ILLUSTRATIVE, illustrative);
        SearchQuery query = new SearchQuery(q, filters, limit, offset);
        return SearchResponse.of(q, limit, registry.search().search(query));
    }

    /** Returns up to {@code limit} (default 10) resources whose identifier or label start so. */
    @GetMapping("/suggest")
    SuggestResponse suggest(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(name = "class", required = false) List<String> classes) {
        return SuggestResponse.of(
                q, registry.search().suggest(q, limit, classes == null ? List.of() : classes));
    }

    private static void put(
            Map<SearchFacet, Set<String>> filters, SearchFacet facet, List<String> values) {
        if (values != null) {
            filters.put(facet, Set.copyOf(values));
        }
    }
}
