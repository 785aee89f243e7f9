package org.designregistry.server.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.designregistry.model.search.SearchFacet;
import org.designregistry.model.search.SearchResult;

/**
 * The JSON answer of {@code GET /api/search}.
 *
 * @param query the search text as given
 * @param total how many resources match
 * @param offset how many hits were skipped
 * @param limit the most hits a page holds
 * @param hits this page's hits, best first
 * @param facets for each facet ({@code type}, {@code workstream}, {@code status}, {@code phase},
 *     {@code illustrative}), its values among the matches, most frequent first
 */
record SearchResponse(
        String query,
        long total,
        int offset,
        int limit,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets) {

    /**
     * One hit.
     *
     * @param snippet where the words matched, as HTML: text escaped, matches in {@code <mark>}
     */
    record Hit(
            String identifier,
            String label,
            String type,
            String typeLabel,
            float score,
            String snippet,
            String iri) {}

    /** One value of a facet and how many matches have it. */
    record FacetValue(String value, String label, long count) {}

    static SearchResponse of(String query, int limit, SearchResult result) {
        List<Hit> hits =
                result.hits().stream()
                        .map(
                                h ->
                                        new Hit(
                                                h.identifier(),
                                                h.label(),
                                                h.type(),
                                                h.typeLabel(),
                                                h.score(),
                                                h.snippet(),
                                                h.iri()))
                        .toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (SearchFacet facet : SearchFacet.values()) {
            facets.put(
                    facet.key(),
                    result.facets().getOrDefault(facet, List.of()).stream()
                            .map(c -> new FacetValue(c.value(), c.label(), c.count()))
                            .toList());
        }
        return new SearchResponse(query, result.total(), result.offset(), limit, hits, facets);
    }
}
