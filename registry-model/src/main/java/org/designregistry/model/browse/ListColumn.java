package org.designregistry.model.browse;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A column of a resource list: its name in URLs ({@code sort=status}), its heading, the text of its
 * cell (what pages show and downloads hold) and the order it sorts by. Empty cells sort last in
 * either direction, and equal cells keep the list's default order (by identifier, then label), so
 * every sort is stable.
 */
public enum ListColumn {
    /** The identifier, or the label of a resource without one. */
    IDENTIFIER("identifier", "Identifier", i -> name(i.resource())),
    /** The label. */
    NAME("name", "Name", i -> i.resource().name()),
    /** The kind, by its name such as {@code data-item}. */
    KIND("kind", "Kind", i -> i.kind().map(k -> k.kindName()).orElse("")),
    /** The artefact type, or the most specific class. */
    TYPE("type", "Type", i -> capitalized(label(i.type()))),
    /** The status. */
    STATUS("status", "Status", i -> label(i.status())),
    /** The design phase of an artefact's type. */
    PHASE("phase", "Phase", i -> label(i.phase())),
    /** The owning workstreams, by label, joined with "; ". */
    OWNER(
            "owner",
            "Owner",
            i ->
                    i.workstreams().stream()
                            .map(ResourceRef::label)
                            .collect(Collectors.joining("; "))),
    /** The working groups that produced it, by label, joined with "; ". */
    PRODUCED_BY(
            "produced-by",
            "Produced by",
            i -> i.producedBy().stream().map(ResourceRef::label).collect(Collectors.joining("; "))),
    /** When a recorded change last touched it, as UTC {@code yyyy-MM-dd HH:mm}. */
    LAST_CHANGED("changed", "Last changed", i -> i.lastChanged().map(ListColumn::time).orElse(""));

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String key;
    private final String heading;
    private final Function<Listing.Item, String> text;

    ListColumn(String key, String heading, Function<Listing.Item, String> text) {
        this.key = key;
        this.heading = heading;
        this.text = text;
    }

    /** Returns the column's name in URLs, such as {@code status} or {@code changed}. */
    public String key() {
        return key;
    }

    /** Returns its heading for people, such as "Last changed". */
    public String heading() {
        return heading;
    }

    /** Returns the text of an item's cell: what the page shows and a download holds. */
    public String text(Listing.Item item) {
        return text.apply(item);
    }

    /** Returns the column with this key, or empty. */
    public static Optional<ListColumn> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /**
     * Returns the order of this column: by cell text ignoring case (by time for {@link
     * #LAST_CHANGED}), reversed when descending, empty cells last either way; ties keep the order
     * of the list the sort is applied to.
     */
    public Comparator<Listing.Item> order(boolean descending) {
        Comparator<Listing.Item> byValue =
                this == LAST_CHANGED
                        ? Comparator.comparing(i -> i.lastChanged().orElse(Instant.MIN))
                        : Comparator.comparing(this::text, String.CASE_INSENSITIVE_ORDER);
        Comparator<Listing.Item> directed = descending ? byValue.reversed() : byValue;
        Comparator<Listing.Item> emptyLast = Comparator.comparing(i -> text(i).isEmpty());
        return emptyLast.thenComparing(directed);
    }

    private static String name(ResourceRef r) {
        return r.identifier().isEmpty() ? r.label() : r.identifier();
    }

    private static String label(Concept c) {
        return c.isPresent() ? c.label() : "";
    }

    private static String capitalized(String text) {
        return text.isEmpty()
                ? text
                : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String time(Instant t) {
        return TIME.format(t);
    }
}
