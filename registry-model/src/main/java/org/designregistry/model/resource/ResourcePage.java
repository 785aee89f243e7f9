package org.designregistry.model.resource;

import java.util.List;

/**
 * One page of a resource list.
 *
 * @param items the resources on this page, by identifier (those without one last), label and IRI
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many resources match, over all pages
 */
public record ResourcePage(List<ResourceSummary> items, int page, int size, long total) {

    /** Copies the list. */
    public ResourcePage {
        items = List.copyOf(items);
    }

    /** Returns the number of pages, at least 1. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
