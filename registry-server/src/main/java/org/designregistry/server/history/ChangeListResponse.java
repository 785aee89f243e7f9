package org.designregistry.server.history;

import java.util.List;
import org.designregistry.model.history.ChangePage;

/**
 * A page of changes, newest first.
 *
 * @param items the changes on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many changes match, over all pages
 */
public record ChangeListResponse(List<ChangeResponse> items, int page, int size, long totalItems) {

    /** Returns the response for a page of changes. */
    public static ChangeListResponse of(ChangePage page) {
        return new ChangeListResponse(
                page.items().stream().map(ChangeResponse::of).toList(),
                page.page(),
                page.size(),
                page.total());
    }
}
