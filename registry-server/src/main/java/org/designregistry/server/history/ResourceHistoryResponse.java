package org.designregistry.server.history;

import java.util.List;
import org.designregistry.model.history.Difference;
import org.designregistry.model.history.Labelled;
import org.designregistry.model.history.ResourceHistory;

/**
 * A page of one resource's changes, newest first, each as readable differences.
 *
 * @param iri the resource
 * @param items its changes on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems how many changes touched it, over all pages
 */
public record ResourceHistoryResponse(
        String iri, List<Entry> items, int page, int size, long totalItems) {

    /**
     * One change of the resource.
     *
     * @param change the change
     * @param differences what it did to each property or link of the resource
     */
    public record Entry(ChangeResponse change, List<DifferenceResponse> differences) {}

    /**
     * What a change did to one property or link.
     *
     * @param text the difference in words, such as {@code status: Draft -> Approved}
     * @param property the property or relation
     * @param incoming true for a link to the resource from another one
     * @param before the values removed
     * @param after the values added
     */
    public record DifferenceResponse(
            String text,
            Labelled property,
            boolean incoming,
            List<Labelled> before,
            List<Labelled> after) {

        static DifferenceResponse of(Difference d) {
            return new DifferenceResponse(
                    d.text(), d.property(), d.incoming(), d.before(), d.after());
        }
    }

    /** Returns the response for a page of a resource's history. */
    public static ResourceHistoryResponse of(ResourceHistory history) {
        return new ResourceHistoryResponse(
                history.iri(),
                history.items().stream()
                        .map(
                                c ->
                                        new Entry(
                                                ChangeResponse.of(c.change()),
                                                c.differences().stream()
                                                        .map(DifferenceResponse::of)
                                                        .toList()))
                        .toList(),
                history.page(),
                history.size(),
                history.total());
    }
}
