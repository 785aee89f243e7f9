package org.designregistry.server.suspect;

import java.util.List;
import org.designregistry.model.suspect.SuspectPage;
import org.designregistry.server.web.PageLinks;

/**
 * A page of suspect links, most recently marked first.
 *
 * @param items the links on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many links match, over all pages
 */
record SuspectListResponse(List<SuspectLinkResponse> items, int page, int size, long totalItems) {

    static SuspectListResponse of(SuspectPage page, PageLinks pages) {
        return new SuspectListResponse(
                page.items().stream().map(l -> SuspectLinkResponse.of(l, pages)).toList(),
                page.page(),
                page.size(),
                page.total());
    }
}
