package org.designregistry.model.browse;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.designregistry.model.RegistryException;
import org.designregistry.model.browse.Listing.Facet;
import org.designregistry.model.catalog.Ref;

/**
 * What to list: the resources whose facets have the given values, one page of them.
 *
 * <pre>{@code
 * ListQuery.of(Ref.Kind.ARTEFACT).filter(Facet.STATUS, "Approved").page(2, 25);
 * }</pre>
 *
 * @param filters the value each filtered facet must have, by {@link Listing.FacetValue#key() key}
 * @param page the page wanted, from 1
 * @param size the number of resources on a page, 1 to {@value #MAX_SIZE}
 */
public record ListQuery(Map<Facet, String> filters, int page, int size) {

    /** The number of resources on a page when the query does not say. */
    public static final int DEFAULT_SIZE = 25;

    /** The largest page. */
    public static final int MAX_SIZE = 200;

    /**
     * Checks the page and size and copies the filters.
     *
     * @throws RegistryException naming the value if the page is below 1, the size is outside 1 to
     *     {@value #MAX_SIZE}, or a filter value is blank
     */
    public ListQuery {
        Objects.requireNonNull(filters, "filters");
        if (page < 1) {
            throw new RegistryException("Page " + page + " does not exist: pages start at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RegistryException(
                    "Page size " + size + " is not allowed: it must be from 1 to " + MAX_SIZE);
        }
        filters.forEach(
                (facet, key) -> {
                    Objects.requireNonNull(facet, "facet");
                    if (key == null || key.isBlank()) {
                        throw new RegistryException(
                                "The " + facet.label() + " filter needs a value");
                    }
                });
        filters = filters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(filters));
    }

    /** Returns the query for the first page of every resource of every kind. */
    public static ListQuery all() {
        return new ListQuery(Map.of(), 1, DEFAULT_SIZE);
    }

    /** Returns the query for the first page of the resources of one kind. */
    public static ListQuery of(Ref.Kind kind) {
        return all().filter(Facet.KIND, kind.kindName());
    }

    /** Returns this query with one more filter, replacing any on the same facet. */
    public ListQuery filter(Facet facet, String key) {
        Map<Facet, String> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        more.put(Objects.requireNonNull(facet, "facet"), key);
        return new ListQuery(more, page, size);
    }

    /** Returns this query for another page. */
    public ListQuery page(int page, int size) {
        return new ListQuery(filters, page, size);
    }
}
