package org.designregistry.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.designregistry.model.browse.ListColumn;
import org.designregistry.model.browse.Listing;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.search.RegistrySearch;
import org.designregistry.model.search.SearchQuery;
import org.designregistry.model.search.SearchResult;

/**
 * The hits of a search as rows people can work with: each hit with its list item (type, status,
 * owners, producing groups, last change) from the {@link RegistryBrowser}, sorted by relevance (the
 * index's order) or by a column. Sorting by a column, and downloading, read the best {@value #CAP}
 * hits and sort those, stably: equal cells keep the order of relevance.
 */
public final class SearchRows {

    /** The most hits a sorted page or a download reads from the index. */
    static final int CAP = 1_000;

    /** The columns of a hit, in the page's and the download's order. */
    static final List<ListColumn> COLUMNS =
            List.of(
                    ListColumn.IDENTIFIER,
                    ListColumn.NAME,
                    ListColumn.TYPE,
                    ListColumn.STATUS,
                    ListColumn.OWNER,
                    ListColumn.PRODUCED_BY,
                    ListColumn.LAST_CHANGED);

    private final RegistrySearch search;
    private final RegistryBrowser browser;

    SearchRows(RegistrySearch search, RegistryBrowser browser) {
        this.search = search;
        this.browser = browser;
    }

    /**
     * A hit with what a list shows of it.
     *
     * @param hit the hit, with its snippet
     * @param item its list item, or empty when the data does not type it
     */
    public record Row(SearchResult.Hit hit, Optional<Listing.Item> item) {

        /** Returns the text of a column's cell, as the page shows it and a download holds it. */
        public String cell(ListColumn column) {
            return switch (column) {
                case IDENTIFIER -> hit.identifier().isEmpty() ? hit.label() : hit.identifier();
                case NAME -> hit.label();
                default -> item.map(column::text).orElse("");
            };
        }
    }

    /** Returns the rows of one page of hits, in the index's order. */
    List<Row> of(SearchResult result) {
        return rows(result.hits());
    }

    /**
     * Returns the best {@value #CAP} hits of a search (its filters, any offset ignored) as rows,
     * sorted by {@code column} (empty: by relevance).
     */
    List<Row> sorted(SearchQuery query, Optional<ListColumn> column, boolean descending) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        while (hits.size() < CAP) {
            int limit = Math.min(SearchQuery.MAX_LIMIT, CAP - hits.size());
            SearchResult page = search.search(query.page(limit, hits.size()));
            hits.addAll(page.hits());
            if (page.hits().size() < limit || hits.size() >= page.total()) {
                break;
            }
        }
        List<Row> rows = new ArrayList<>(rows(hits));
        column.ifPresent(
                c -> {
                    Comparator<Listing.Item> byItem = c.order(descending);
                    Comparator<Row> order =
                            c == ListColumn.IDENTIFIER || c == ListColumn.NAME
                                    ? Comparator.comparing(
                                            (Row r) -> r.cell(c), String.CASE_INSENSITIVE_ORDER)
                                    : (a, b) -> compareItems(byItem, a, b);
                    if ((c == ListColumn.IDENTIFIER || c == ListColumn.NAME) && descending) {
                        order = order.reversed();
                    }
                    rows.sort(order);
                });
        return rows;
    }

    /** Rows without an item sort last, as empty cells do. */
    private static int compareItems(Comparator<Listing.Item> byItem, Row a, Row b) {
        if (a.item().isEmpty() || b.item().isEmpty()) {
            return Boolean.compare(a.item().isEmpty(), b.item().isEmpty());
        }
        return byItem.compare(a.item().get(), b.item().get());
    }

    private List<Row> rows(List<SearchResult.Hit> hits) {
        Map<String, Listing.Item> items = new LinkedHashMap<>();
        browser.items(hits.stream().map(SearchResult.Hit::iri).toList())
                .forEach(i -> items.put(i.resource().iri(), i));
        return hits.stream().map(h -> new Row(h, Optional.ofNullable(items.get(h.iri())))).toList();
    }
}
