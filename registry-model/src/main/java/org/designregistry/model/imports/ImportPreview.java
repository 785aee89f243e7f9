package org.designregistry.model.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import plan would do to the registry, resource by resource, and every reason it cannot be
 * committed; or, returned by a commit, what it did.
 *
 * @param source the source's name
 * @param items one per resource stated or removed, in the source's order
 * @param problems problems that belong to no one resource
 */
public record ImportPreview(String source, List<ItemPreview> items, List<Refusal> problems) {

    /** Checks the parts and copies the lists. */
    public ImportPreview {
        Objects.requireNonNull(source, "source");
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /** Returns true when nothing is refused, so that a commit would store it all. */
    public boolean committable() {
        return problems.isEmpty()
                && items.stream().allMatch(i -> i.outcome() != ItemPreview.Outcome.REFUSED);
    }

    /** Returns true when committing would change nothing. */
    public boolean changesNothing() {
        return items.stream().allMatch(i -> i.outcome() == ItemPreview.Outcome.UNCHANGED);
    }

    /** Returns the number of items of each outcome, every outcome present. */
    public Map<ItemPreview.Outcome, Integer> counts() {
        Map<ItemPreview.Outcome, Integer> counts = new EnumMap<>(ItemPreview.Outcome.class);
        for (ItemPreview.Outcome outcome : ItemPreview.Outcome.values()) {
            counts.put(outcome, 0);
        }
        items.forEach(i -> counts.merge(i.outcome(), 1, Integer::sum));
        return counts;
    }

    /**
     * Returns every refusal, the source's problems and each item's, ordered by sheet, row, column
     * and element.
     */
    public List<Refusal> refusals() {
        List<Refusal> all = new ArrayList<>(problems);
        items.forEach(i -> all.addAll(i.refusals()));
        all.sort(
                Comparator.comparing((Refusal r) -> r.location().sheet())
                        .thenComparingLong(r -> r.location().row())
                        .thenComparing(r -> r.location().column())
                        .thenComparing(r -> r.location().element()));
        return all;
    }
}
