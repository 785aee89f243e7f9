package org.designregistry.model.baseline;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Delta;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangePatch;

/**
 * The net difference between the registry graph after one change and after a later one, composed
 * from the change history's patches: the triples present at the later and absent at the earlier
 * ({@link #added}), the reverse ({@link #removed}), and for each subject the changes that moved it.
 * Read inside the caller's read transaction.
 *
 * <p>Each change's patch holds net changes, so composing them in order with cancellation (a triple
 * added then removed is no difference) gives exactly the difference of the two states, at a cost
 * proportional to the changes between them and not to the size of the registry.
 */
final class NetPatch {

    private final Set<Triple> added = new LinkedHashSet<>();
    private final Set<Triple> removed = new LinkedHashSet<>();
    private final Map<Node, Set<Long>> changesBySubject = new LinkedHashMap<>();
    private final Set<Long> changes = new TreeSet<>();

    private NetPatch() {}

    /** Returns the difference from the state after change {@code from} to that after {@code to}. */
    static NetPatch between(ChangeHistory history, long from, long to) {
        NetPatch net = new NetPatch();
        for (long n = from + 1; n <= to; n++) {
            long number = n;
            history.patch(number).ifPresent(patch -> net.apply(number, patch));
        }
        return net;
    }

    private void apply(long number, ChangePatch patch) {
        for (Triple t : patch.removed()) {
            if (!added.remove(t)) {
                removed.add(t);
            }
            touch(number, t);
        }
        for (Triple t : patch.added()) {
            if (!removed.remove(t)) {
                added.add(t);
            }
            touch(number, t);
        }
    }

    private void touch(long number, Triple t) {
        changes.add(number);
        changesBySubject.computeIfAbsent(t.getSubject(), s -> new TreeSet<>()).add(number);
    }

    /** Returns the triples the later state has and the earlier has not. */
    Set<Triple> added() {
        return added;
    }

    /** Returns the triples the earlier state has and the later has not. */
    Set<Triple> removed() {
        return removed;
    }

    /** Returns the numbers of the changes that touched a subject between the two, oldest first. */
    Set<Long> changesOf(Node subject) {
        return changesBySubject.getOrDefault(subject, Set.of());
    }

    /** Returns the numbers of every change between the two that changed something, oldest first. */
    Set<Long> changes() {
        return changes;
    }

    /**
     * Returns the earlier state as a view of {@code later}, the later state: {@code later} with
     * this difference undone. Reads pass through to {@code later}; building it costs nothing more.
     */
    Graph undoOn(Graph later) {
        Delta earlier = new Delta(later);
        added.forEach(earlier::delete);
        removed.forEach(earlier::add);
        return earlier;
    }

    /** Returns the subjects whose statements differ, in first-seen order. */
    List<Node> subjects() {
        Set<Node> subjects = new LinkedHashSet<>();
        removed.forEach(t -> subjects.add(t.getSubject()));
        added.forEach(t -> subjects.add(t.getSubject()));
        return List.copyOf(subjects);
    }
}
