package org.designregistry.server.history;

import java.util.List;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.Difference;
import org.designregistry.model.history.ResourceChange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One change in the History section of a resource's page.
 *
 * @param change the record
 * @param when when it was made, for people
 * @param differences what it did to the resource, in words ({@code status: Draft -> Approved})
 * @param asOfHref the resource's page as it was just after the change
 */
public record HistoryRow(
        ChangeRecord change, String when, List<String> differences, String asOfHref) {

    /** The changes the section shows; the rest are a link to {@code /changes} away. */
    public static final int SHOWN = 20;

    /** Copies the list. */
    public HistoryRow {
        differences = List.copyOf(differences);
    }

    /**
     * Returns the latest {@value #SHOWN} changes to the resource, newest first.
     *
     * @param page the resource's page, to which {@code asOf=} is added
     */
    public static List<HistoryRow> latest(ChangeHistory history, String iri, String page) {
        return history.resourceHistory(iri, 0, SHOWN).items().stream()
                .map(c -> of(c, page))
                .toList();
    }

    private static HistoryRow of(ResourceChange change, String page) {
        return new HistoryRow(
                change.change(),
                ChangeSummary.when(change.change().time()),
                change.differences().stream().map(Difference::text).toList(),
                UriComponentsBuilder.fromUriString(page)
                        .replaceQueryParam("asOf", change.change().number())
                        .build()
                        .toUriString());
    }
}
