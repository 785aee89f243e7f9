package org.designregistry.server.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.designregistry.model.browse.ListColumn;
import org.designregistry.model.browse.Listing;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.trace.CoverageReport;

/**
 * One coverage check's gaps as a list people can work with: each gap with its status, owning
 * workstreams, producing groups and last change (from the {@link RegistryBrowser}'s list items),
 * narrowed to the owners asked for (any of them), sorted by a column (stable: equal cells keep the
 * check's order, by identifier).
 *
 * @param rows the gaps that pass the filter, in order
 * @param owners every owner among the check's gaps, by label, with how many gaps each owns and
 *     whether the filter names it
 */
public record GapTable(List<Listing.Item> rows, List<Listing.FacetValue> owners) {

    /** The columns of a gap, in the page's and the download's order. */
    static final List<ListColumn> COLUMNS =
            List.of(
                    ListColumn.IDENTIFIER,
                    ListColumn.NAME,
                    ListColumn.STATUS,
                    ListColumn.OWNER,
                    ListColumn.PRODUCED_BY,
                    ListColumn.LAST_CHANGED);

    /** The key of the owner filter for gaps no workstream owns. */
    static final String UNOWNED = "none";

    /** Returns the gaps of a check, narrowed to {@code owners} (none: all) and sorted. */
    static GapTable of(
            CoverageReport.Check check,
            RegistryBrowser browser,
            Set<String> owners,
            ListColumn sort,
            boolean descending) {
        List<Listing.Item> items =
                browser.items(check.gaps().stream().map(ResourceRef::iri).toList());
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        List<Listing.Item> rows = new ArrayList<>();
        for (Listing.Item item : items) {
            List<String> keys = ownerKeys(item);
            for (String key : keys) {
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
            }
            item.workstreams().forEach(w -> labels.put(key(w), w.label()));
            if (owners.isEmpty() || keys.stream().anyMatch(owners::contains)) {
                rows.add(item);
            }
        }
        labels.put(UNOWNED, "No owner");
        rows.sort(sort.order(descending));
        List<Listing.FacetValue> values = new ArrayList<>();
        counts.forEach(
                (key, n) ->
                        values.add(
                                new Listing.FacetValue(
                                        key, labels.get(key), n[0], owners.contains(key))));
        values.sort(
                java.util.Comparator.comparing(
                        Listing.FacetValue::label, String.CASE_INSENSITIVE_ORDER));
        return new GapTable(List.copyOf(rows), List.copyOf(values));
    }

    private static List<String> ownerKeys(Listing.Item item) {
        if (item.workstreams().isEmpty()) {
            return List.of(UNOWNED);
        }
        return item.workstreams().stream().map(GapTable::key).toList();
    }

    private static String key(ResourceRef workstream) {
        return workstream.identifier().isEmpty() ? workstream.iri() : workstream.identifier();
    }
}
