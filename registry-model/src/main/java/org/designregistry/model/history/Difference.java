package org.designregistry.model.history;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one change did to one property or link of a resource: its values before and after.
 *
 * @param property the property or relation
 * @param incoming true for a link to the resource from another one (the values are the other ends);
 *     false for the resource's own property or link
 * @param before the values the change removed
 * @param after the values the change added
 */
public record Difference(
        Labelled property, boolean incoming, List<Labelled> before, List<Labelled> after) {

    public Difference {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /**
     * Returns the difference in words: {@code status: Draft -> Approved}, {@code depends on: added
     * DES140}, {@code depends on: removed DES140}; an incoming link reads {@code DES140 depends on
     * this: added}.
     */
    public String text() {
        if (incoming) {
            String others = labels(after.isEmpty() ? before : after);
            return others
                    + " "
                    + property.label()
                    + " this: "
                    + (after.isEmpty() ? "removed" : "added");
        }
        if (before.isEmpty()) {
            return property.label() + ": added " + labels(after);
        }
        if (after.isEmpty()) {
            return property.label() + ": removed " + labels(before);
        }
        return property.label() + ": " + labels(before) + " -> " + labels(after);
    }

    private static String labels(List<Labelled> values) {
        return values.stream().map(Labelled::label).collect(Collectors.joining(", "));
    }
}
