package org.designregistry.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a sortable list page, built from its own address so that they keep its filters: a
 * column heading's link (the column ascending, or descending when it is already ascending), a
 * page's link, and the downloads of the same list.
 */
public final class SortLinks {

    private final HttpServletRequest request;
    private final String sort;
    private final boolean descending;

    /** Links for a page sorted by the column {@code sort}. */
    public SortLinks(HttpServletRequest request, String sort, boolean descending) {
        this.request = Objects.requireNonNull(request, "request");
        this.sort = Objects.requireNonNull(sort, "sort");
        this.descending = descending;
    }

    /** Returns the key of the column the page is sorted by. */
    public String column() {
        return sort;
    }

    /** Returns true when the page is sorted from the highest value down. */
    public boolean descending() {
        return descending;
    }

    /** Returns the {@code aria-sort} of a column heading: ascending, descending or none. */
    public String ariaSort(String column) {
        if (!column.equals(sort)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    /** Returns the link that sorts by a column, from its first page. */
    public String by(String column) {
        boolean flip = column.equals(sort) && !descending;
        return here().replaceQueryParam("sort", column)
                .replaceQueryParam("dir", flip ? "desc" : null)
                .replaceQueryParam("page")
                .build()
                .toUriString();
    }

    /** Returns the link to another page of the same list. */
    public String page(int page) {
        return here().replaceQueryParam("page", page).build().toUriString();
    }

    /**
     * Returns the link that downloads the list as it is sorted and filtered ({@code csv}, {@code
     * xlsx}).
     */
    public String download(String format) {
        return here().replaceQueryParam("format", format)
                .replaceQueryParam("page")
                .replaceQueryParam("size")
                .build()
                .toUriString();
    }

    private UriComponentsBuilder here() {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString());
    }
}
