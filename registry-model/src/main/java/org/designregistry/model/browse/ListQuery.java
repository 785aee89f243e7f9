package org.designregistry.model.browse;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.designregistry.model.RegistryException;
import org.designregistry.model.browse.Listing.Facet;
import org.designregistry.model.catalog.Ref;

/**
 * What to list: the resources whose facets have one of the given values (any value of a facet,
 * every facet filtered), in a column's order, one page of them.
 *
 * <pre>{@code
 * ListQuery.of(Ref.Kind.ARTEFACT)
 *         .filter(Facet.STATUS, Set.of("Approved", "Draft"))
 *         .sortedBy(ListColumn.LAST_CHANGED, true)
 *         .page(2, 25);
 * }</pre>
 *
 * @param filters for each filtered facet, the values one of which a resource must take, by {@link
 *     Listing.FacetValue#key() key}
 * @param sort the column to sort by; {@link ListColumn#IDENTIFIER} is the default order
 * @param descending true to sort that column from the highest value down
 * @param page the page wanted, from 1
 * @param size the number of resources on a page, 1 to {@value #MAX_SIZE}
 */
public record ListQuery(
        Map<Facet, Set<String>> filters, ListColumn sort, boolean descending, int page, int size) {

    /** The number of resources on a page when the query does not say. */
    public static final int DEFAULT_SIZE = 25;

    /** The largest page. */
    public static final int MAX_SIZE = 200;

    /**
     * Checks the page and size and copies the filters.
     *
     * @throws RegistryException naming the value if the page is below 1, the size is outside 1 to
     *     {@value #MAX_SIZE}, or a filter has no value or a blank one
     */
    public ListQuery {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(sort, "sort");
        if (page < 1) {
            throw new RegistryException("Page " + page + " does not exist: pages start at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RegistryException(
                    "Page size " + size + " is not allowed: it must be from 1 to " + MAX_SIZE);
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach(
                (facet, keys) -> {
                    Objects.requireNonNull(facet, "facet");
                    if (keys == null
                            || keys.isEmpty()
                            || keys.stream().anyMatch(k -> k == null || k.isBlank())) {
                        throw new RegistryException(
                                "The " + facet.label() + " filter needs a value");
                    }
                    copy.put(facet, Set.copyOf(new LinkedHashSet<>(keys)));
                });
        filters = Map.copyOf(copy);
    }

    /** Returns the query for the first page of every resource of every kind. */
    public static ListQuery all() {
        return new ListQuery(Map.of(), ListColumn.IDENTIFIER, false, 1, DEFAULT_SIZE);
    }

    /** Returns the query for the first page of the resources of one kind. */
    public static ListQuery of(Ref.Kind kind) {
        return all().filter(Facet.KIND, kind.kindName());
    }

    /** Returns this query with one more filter of one value, replacing any on the same facet. */
    public ListQuery filter(Facet facet, String key) {
        return filter(facet, Set.of(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns this query with a filter that any of {@code keys} satisfies, replacing any on the
     * same facet.
     */
    public ListQuery filter(Facet facet, Set<String> keys) {
        Map<Facet, Set<String>> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        more.put(Objects.requireNonNull(facet, "facet"), keys);
        return new ListQuery(more, sort, descending, page, size);
    }

    /** Returns this query sorted by a column, from the lowest value up or the highest down. */
    public ListQuery sortedBy(ListColumn column, boolean descending) {
        return new ListQuery(filters, column, descending, page, size);
    }

    /** Returns this query for another page. */
    public ListQuery page(int page, int size) {
        return new ListQuery(filters, sort, descending, page, size);
    }
}
