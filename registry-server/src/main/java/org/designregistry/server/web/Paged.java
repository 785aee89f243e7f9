package org.designregistry.server.web;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a list a page shows, so that no page's reply grows with the registry: the items of
 * the page, where they start, the total, and the links to the other pages.
 *
 * @param items the items of this page
 * @param page the page number, from 1 (a number past the last page shows the last)
 * @param pages how many pages there are, at least 1
 * @param total how many items there are in all
 * @param first the position of the first item of this page, from 1 (0 when there are none)
 * @param size the most items a page holds
 * @param pagination the links to the other pages
 * @param <T> the type of the items
 */
public record Paged<T>(
        List<T> items, int page, int pages, int total, int first, int size, Pagination pagination) {

    /** Copies the list. */
    public Paged {
        items = List.copyOf(items);
    }

    /**
     * Returns page {@code page} of a list, {@code size} items a page, linking each page with {@code
     * href}; a page number below 1 shows the first page, one past the last the last page.
     */
    public static <T> Paged<T> of(List<T> all, int page, int size, IntFunction<String> href) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * size;
        int to = Math.min(all.size(), from + size);
        return new Paged<>(
                all.subList(from, to),
                shown,
                pages,
                all.size(),
                all.isEmpty() ? 0 : from + 1,
                size,
                Pagination.of(shown, pages, href));
    }

    /** Returns the position of the last item of this page, from 1 (0 when there are none). */
    public int last() {
        return first == 0 ? 0 : first + items.size() - 1;
    }
}
