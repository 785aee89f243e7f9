package org.designregistry.model.changerequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What moved between a change request's frozen impact and the impact computed again now: the items
 * the change reaches now and did not then, those it reached then and does not now, and those whose
 * depth, path, owners, working group, status or approvals differ.
 *
 * @param frozenAt the change the frozen assessment was computed on
 * @param now the change the new one was computed on
 * @param added items reached now only
 * @param removed items reached then only
 * @param changed items reached both times that differ, each with what differs
 * @param fresh the assessment computed now
 */
public record ImpactDrift(
        long frozenAt,
        long now,
        List<FrozenItem> added,
        List<FrozenItem> removed,
        List<Moved> changed,
        FrozenImpact fresh) {

    /** Copies the lists. */
    public ImpactDrift {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        Objects.requireNonNull(fresh, "fresh");
    }

    /** Returns true when nothing moved. */
    public boolean unchanged() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * An item reached both times whose details differ.
     *
     * @param before as frozen
     * @param after as computed now
     * @param differences what differs, each as {@code what: before -> after}
     */
    public record Moved(FrozenItem before, FrozenItem after, List<String> differences) {

        /** Copies the list. */
        public Moved {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            differences = List.copyOf(differences);
        }
    }

    /** Returns what moved from {@code frozen} to {@code fresh}. */
    static ImpactDrift between(FrozenImpact frozen, FrozenImpact fresh) {
        Map<String, FrozenItem> then = frozen.byIri();
        Map<String, FrozenItem> now = fresh.byIri();
        List<FrozenItem> added = new ArrayList<>();
        List<Moved> changed = new ArrayList<>();
        now.forEach(
                (iri, item) -> {
                    FrozenItem before = then.get(iri);
                    if (before == null) {
                        added.add(item);
                    } else {
                        List<String> differences = differences(before, item);
                        if (!differences.isEmpty()) {
                            changed.add(new Moved(before, item, differences));
                        }
                    }
                });
        List<FrozenItem> removed =
                then.values().stream().filter(i -> !now.containsKey(i.iri())).toList();
        return new ImpactDrift(frozen.change(), fresh.change(), added, removed, changed, fresh);
    }

    private static List<String> differences(FrozenItem a, FrozenItem b) {
        List<String> out = new ArrayList<>();
        compare(out, "depth", Integer.toString(a.depth()), Integer.toString(b.depth()));
        compare(out, "path", a.path(), b.path());
        compare(out, "label", a.resource().label(), b.resource().label());
        compare(out, "status", a.status(), b.status());
        compare(out, "owners", names(a.owners()), names(b.owners()));
        compare(
                out,
                "working group",
                a.workingGroup().map(ImpactDrift::name).orElse(""),
                b.workingGroup().map(ImpactDrift::name).orElse(""));
        compare(
                out,
                "approvals",
                String.join(", ", a.approvals().stream().map(x -> name(x.decision())).toList()),
                String.join(", ", b.approvals().stream().map(x -> name(x.decision())).toList()));
        return out;
    }

    private static void compare(List<String> out, String what, String before, String after) {
        if (!before.equals(after)) {
            out.add(what + ": " + show(before) + " -> " + show(after));
        }
    }

    private static String show(String text) {
        return text.isEmpty() ? "(none)" : text;
    }

    private static String names(List<org.designregistry.model.catalog.ResourceRef> refs) {
        return String.join(", ", refs.stream().map(ImpactDrift::name).toList());
    }

    static String name(org.designregistry.model.catalog.ResourceRef ref) {
        return ref.identifier().isEmpty() ? ref.label() : ref.identifier();
    }
}
