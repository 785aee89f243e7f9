package org.designregistry.model.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: the hits, best first, how many resources matched in all, and the count of
 * each facet value among the matches.
 *
 * <p>A facet's counts ignore the filter on that same facet (they are "drill sideways" counts), so
 * that the other values stay visible with what choosing them would give; filters on the other
 * facets apply.
 *
 * @param total how many resources match the text and every filter
 * @param offset how many hits were skipped before this page
 * @param hits this page's hits, best first; ties by identifier, then label
 * @param facets for each facet, its values among the matches with their counts, most first: at most
 *     the 20 most frequent, and any value filtered on
 */
public record SearchResult(
        long total, int offset, List<Hit> hits, Map<SearchFacet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching resource.
     *
     * @param iri the resource's IRI
     * @param identifier its {@code dcterms:identifier}, or empty when it has none
     * @param label its label ({@code rdfs:label}, else {@code skos:prefLabel}, else {@code
     *     dcterms:title}, else the IRI's local name)
     * @param type the key of its type, such as {@code Interface}; empty when it has none
     * @param typeLabel the label of its type, such as {@code interface}
     * @param score the relevance score: higher is better; comparable within one search only; 0 when
     *     browsing without words
     * @param snippet where the words matched, as HTML: the text is escaped and each match is
     *     wrapped in {@code <mark>}; a description's opening when nothing textual matched, else
     *     empty
     */
    public record Hit(
            String iri,
            String identifier,
            String label,
            String type,
            String typeLabel,
            float score,
            String snippet) {}

    /**
     * How many matches have one value of a facet.
     *
     * @param value the value's key, as filters take it
     * @param label the value's label for people
     * @param count how many matches have it
     */
    public record FacetCount(String value, String label, long count) {}
}
