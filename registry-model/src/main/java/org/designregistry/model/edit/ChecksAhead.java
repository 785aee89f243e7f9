package org.designregistry.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Tells, inside a batch's transaction, whether a write's check ahead ({@link Precheck}) still
 * holds.
 *
 * <p>The check validated the write's focus nodes in a draft over the registry as it stood at the
 * check's version. The graph the writer runs the write in differs from that draft only by what was
 * committed since (from {@link RecentCommits}) and by the earlier writes of the batch. So the check
 * holds when the writer's run changes the same triples, affects the same focus nodes, and no triple
 * changed in between matches a lookup that validation made ({@link ReadSet}): every lookup would be
 * answered alike, so validation would reach the same results. That costs the writer a few hash
 * lookups per triple changed in between, where validating again would cost it the shapes.
 */
final class ChecksAhead {

    private static final ChecksAhead NONE = new ChecksAhead(null);

    // Null when no check ahead of this batch can be relied on.
    private final List<Triple> changedInBetween;
    private int vouched;

    private ChecksAhead(List<Triple> changedInBetween) {
        this.changedInBetween = changedInBetween;
    }

    /**
     * Returns what was committed since the batch's oldest check ahead, read before any of the
     * batch's writes runs.
     */
    static ChecksAhead of(List<QueuedWrite> batch, RecentCommits recent) {
        if (recent == null) {
            return NONE;
        }
        Optional<Long> oldest =
                batch.stream()
                        .flatMap(w -> w.precheck().stream())
                        .map(Precheck::version)
                        .min(Long::compare);
        return oldest.flatMap(recent::changedSince)
                .map(changed -> new ChecksAhead(new ArrayList<>(changed)))
                .orElse(NONE);
    }

    /**
     * Returns true when the write's check ahead holds for its run in the batch, which changed
     * {@code changed} and affects {@code focusNodes}; then counts its changes as changed in between
     * for the writes after it. Call it once per write, in the batch's order, inside the batch's
     * transaction after the write ran.
     */
    boolean vouchesFor(QueuedWrite write, Collection<Triple> changed, Set<Node> focusNodes) {
        if (changedInBetween == null) {
            return false;
        }
        boolean holds =
                write.precheck()
                        .filter(p -> p.focusNodes().equals(focusNodes))
                        .filter(p -> p.changed().equals(new HashSet<>(changed)))
                        .filter(p -> !p.reads().touchedByAny(changedInBetween))
                        .isPresent();
        changedInBetween.addAll(changed);
        if (holds) {
            vouched++;
        }
        return holds;
    }

    /** Returns how many writes it vouched for so far. */
    int vouched() {
        return vouched;
    }
}
