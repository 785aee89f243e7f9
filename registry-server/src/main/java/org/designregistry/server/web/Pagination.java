package org.designregistry.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The links of the GOV.UK pagination component: previous, next, and the page numbers around the
 * current page with the first and last, gaps shown as ellipses.
 *
 * @param previous the previous page, if any
 * @param next the next page, if any
 * @param items the page numbers and ellipses, in order
 */
public record Pagination(Optional<Item> previous, Optional<Item> next, List<Item> items) {

    /** Copies the list. */
    public Pagination {
        items = List.copyOf(items);
    }

    /**
     * Returns the pagination of page {@code page} of {@code pages}, linking each page with {@code
     * href}.
     */
    public static Pagination of(int page, int pages, IntFunction<String> href) {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                if (n - last > 1) {
                    items.add(Item.ELLIPSIS);
                }
                items.add(new Item(n, href.apply(n), n == page));
                last = n;
            }
        }
        return new Pagination(
                page > 1 && page <= pages
                        ? Optional.of(new Item(page - 1, href.apply(page - 1), false))
                        : Optional.empty(),
                page < pages
                        ? Optional.of(new Item(page + 1, href.apply(page + 1), false))
                        : Optional.empty(),
                items);
    }

    /** Returns true when there is more than one page to move between. */
    public boolean needed() {
        return items.size() > 1 || previous.isPresent();
    }

    /**
     * A page link, or an ellipsis for pages left out.
     *
     * @param number the page number, or 0 for an ellipsis
     * @param href its address, or empty for an ellipsis
     * @param current true for the page shown
     */
    public record Item(int number, String href, boolean current) {

        /** Stands for pages left out. */
        public static final Item ELLIPSIS = new Item(0, "", false);

        /** Returns true for an ellipsis. */
        public boolean ellipsis() {
            return number == 0;
        }
    }
}
