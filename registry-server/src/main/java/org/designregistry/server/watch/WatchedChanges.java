package org.designregistry.server.watch;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.designregistry.model.browse.ListColumn;
import org.designregistry.model.browse.ListQuery;
import org.designregistry.model.browse.Listing;
import org.designregistry.model.browse.Listing.Facet;
import org.designregistry.model.browse.RegistryBrowser;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeQuery;
import org.designregistry.model.history.ChangeQuery.ChangeBound;
import org.designregistry.model.history.ChangeRecord;

/**
 * The recorded changes since a person last looked that touched what they watch: a watched resource
 * itself, or, for a watched workstream, the workstream or any resource it owns now. Read from the
 * {@link ChangeHistory}'s index, one look-up per resource; newest first, at most {@value
 * #MAX_SHOWN} of them, with the count of all.
 *
 * @param changes the changes shown, newest first
 * @param total how many changes touched what they watch since they last looked
 */
public record WatchedChanges(List<Change> changes, int total) {

    /** The most changes the page lists. */
    static final int MAX_SHOWN = 100;

    /**
     * One change and the watched resources it concerns.
     *
     * @param change the recorded change
     * @param watched the watched resources (or workstreams) it touched, directly or through what
     *     they own
     */
    public record Change(ChangeRecord change, List<ResourceRef> watched) {

        private static final DateTimeFormatter UTC =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                        .withZone(ZoneOffset.UTC);

        /** Returns when it was made, as UTC {@code yyyy-MM-dd HH:mm}. */
        public String when() {
            return UTC.format(change.time());
        }
    }

    /** Returns the changes after change {@code seen} that touched what {@code watching} names. */
    static WatchedChanges since(
            ChangeHistory history, RegistryBrowser browser, List<String> watching, long seen) {
        Map<Long, ChangeRecord> records = new LinkedHashMap<>();
        Map<Long, Set<ResourceRef>> concerns = new LinkedHashMap<>();
        for (Listing.Item watched : watchedItems(browser, watching)) {
            for (String iri : targets(browser, watched)) {
                ChangeQuery query =
                        ChangeQuery.all()
                                .withResource(iri)
                                .withSince(new ChangeBound.Number(seen + 1))
                                .withPage(0, ChangeQuery.MAX_SIZE);
                for (ChangeRecord record : history.list(query).items()) {
                    records.putIfAbsent(record.number(), record);
                    concerns.computeIfAbsent(record.number(), n -> new LinkedHashSet<>())
                            .add(watched.resource());
                }
            }
        }
        List<Change> all = new ArrayList<>();
        records.forEach((n, r) -> all.add(new Change(r, List.copyOf(concerns.get(n)))));
        all.sort(Comparator.comparingLong((Change c) -> c.change().number()).reversed());
        return new WatchedChanges(
                List.copyOf(all.subList(0, Math.min(MAX_SHOWN, all.size()))), all.size());
    }

    /**
     * The watched resources the data still types; a deleted one is looked up by its IRI alone, so
     * that its deletion still shows.
     */
    private static List<Listing.Item> watchedItems(RegistryBrowser browser, List<String> watching) {
        Map<String, Listing.Item> found = new LinkedHashMap<>();
        browser.items(watching).forEach(i -> found.put(i.resource().iri(), i));
        List<Listing.Item> items = new ArrayList<>();
        for (String iri : watching) {
            items.add(
                    found.getOrDefault(
                            iri,
                            new Listing.Item(
                                    new ResourceRef(iri, "", iri, ""),
                                    Optional.empty(),
                                    Concept.NONE,
                                    Concept.NONE,
                                    Concept.NONE,
                                    List.of(),
                                    List.of(),
                                    false,
                                    Optional.empty())));
        }
        return items;
    }

    /** A resource itself; a workstream, itself and every resource it owns now. */
    private static List<String> targets(RegistryBrowser browser, Listing.Item watched) {
        List<String> targets = new ArrayList<>(List.of(watched.resource().iri()));
        if (watched.kind().filter(k -> k == Ref.Kind.WORKSTREAM).isPresent()
                && !watched.resource().identifier().isEmpty()) {
            ListQuery owned =
                    new ListQuery(
                            Map.of(Facet.WORKSTREAM, Set.of(watched.resource().identifier())),
                            ListColumn.IDENTIFIER,
                            false,
                            1,
                            ListQuery.DEFAULT_SIZE);
            browser.rows(owned).forEach(i -> targets.add(i.resource().iri()));
        }
        return targets;
    }
}
