package org.designregistry.model.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search: the words to find, filters on facet values, and which page of hits to return.
 *
 * <p>The text is words (stemmed, so {@code settlements} finds {@code settlement}), {@code "quoted
 * phrases"}, {@code prefix*} for words that start so, and {@code -word} to exclude; every word or
 * phrase must match somewhere in the resource, and a word the registry does not contain is
 * corrected to the nearest words it does. Text that is an identifier, typed loosely or not ({@code
 * IF-041}, {@code if041}, {@code if 41}), puts that resource first. Blank text matches every
 * resource, for browsing by facets. Filters on one facet are alternatives; filters on different
 * facets must all hold.
 *
 * <pre>{@code
 * SearchQuery.of("settlement period").filter(SearchFacet.TYPE, "Interface").page(20, 0);
 * }</pre>
 *
 * @param text the search text, at most {@value #MAX_TEXT_LENGTH} characters
 * @param filters facet values a hit must have, by facet
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param offset how many hits to skip, 0 to {@value #MAX_OFFSET}
 * @throws InvalidSearchException if the text is too long or the page is out of range
 */
public record SearchQuery(
        String text, Map<SearchFacet, Set<String>> filters, int limit, int offset) {

    /** The longest search text accepted. */
    public static final int MAX_TEXT_LENGTH = 500;

    /** The most hits one page returns. */
    public static final int MAX_LIMIT = 100;

    /** The furthest a page may start. */
    public static final int MAX_OFFSET = 10_000;

    /** The hits a page returns when not told. */
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filters, "filters");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidSearchException(
                    "The search text is "
                            + text.length()
                            + " characters long; at most "
                            + MAX_TEXT_LENGTH
                            + " are searched: shorten it");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException(
                    "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidSearchException(
                    "offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
        Map<SearchFacet, Set<String>> copy = new EnumMap<>(SearchFacet.class);
        filters.forEach(
                (facet, values) -> {
                    Set<String> kept = new LinkedHashSet<>();
                    for (String value : values) {
                        if (value != null && !value.isBlank()) {
                            kept.add(value.strip());
                        }
                    }
                    if (!kept.isEmpty()) {
                        copy.put(Objects.requireNonNull(facet, "facet"), Set.copyOf(kept));
                    }
                });
        filters = Map.copyOf(copy);
    }

    /** Returns a search for {@code text} with no filters and the first page of hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), DEFAULT_LIMIT, 0);
    }

    /** Returns this search with hits also required to have one of {@code values} for a facet. */
    public SearchQuery filter(SearchFacet facet, String... values) {
        Map<SearchFacet, Set<String>> more = new EnumMap<>(SearchFacet.class);
        more.putAll(filters);
        Set<String> all = new LinkedHashSet<>(more.getOrDefault(facet, Set.of()));
        all.addAll(List.of(values));
        more.put(facet, all);
        return new SearchQuery(text, more, limit, offset);
    }

    /** Returns this search for the page of {@code limit} hits that starts after {@code offset}. */
    public SearchQuery page(int limit, int offset) {
        return new SearchQuery(text, filters, limit, offset);
    }
}
