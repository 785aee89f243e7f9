package org.designregistry.model.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.model.resource.StaleVersionException;
import org.designregistry.model.resource.Versions;

/**
 * Reverts a recorded change: applies its inverse patch as a new change, checked like every write
 * (the shapes, and the writer's rights over decisions), and recorded with the route {@value
 * ChangeContext#REVERT} and a message naming the reverted change.
 *
 * <p>A revert is refused when a later change altered any of the same triples (added one the change
 * removed, or removed one it added): undoing it then would silently undo part of that later change,
 * or fail to restore what it changed. The refusal names those later changes.
 *
 * <pre>{@code
 * ChangeRecord undone = ChangeReverts.revert(registry, 42, rights);
 * }</pre>
 */
public final class ChangeReverts {

    private ChangeReverts() {}

    /**
     * Reverts change {@code number} and returns the record of the new change that does it.
     *
     * @throws ResourceNotFoundException if there is no such change
     * @throws RevertConflictException if later changes altered the same triples, naming them
     * @throws ShapeViolationException if the reverted graph would break the shapes; nothing is
     *     stored
     * @throws DecisionWriteRefusedException if the revert changes decisions and the rights do not
     *     allow that; nothing is stored
     */
    public static ChangeRecord revert(Registry registry, long number, WriteRights rights) {
        return revert(registry, number, rights, Optional.empty());
    }

    /**
     * Reverts change {@code number} as {@link #revert(Registry, long, WriteRights)}, but only if
     * every resource it touches that is still described is at one of {@code versions} (the {@link
     * Versions} its reader saw, as {@code If-Match} sends them), checked in the revert's own
     * transaction; no versions means no such check.
     *
     * @throws StaleVersionException if a resource the revert touches is at another version, naming
     *     it; nothing is stored
     */
    public static ChangeRecord revert(
            Registry registry, long number, WriteRights rights, Optional<Set<String>> versions) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(versions, "versions");
        ChangePatch patch =
                registry.history()
                        .patch(number)
                        .orElseThrow(() -> new ResourceNotFoundException("No change " + number));
        List<Long> conflicting = conflicting(registry, number, patch);
        if (!conflicting.isEmpty()) {
            throw new RevertConflictException(number, conflicting);
        }
        ChangeContext current = ChangeContext.current();
        ChangeContext revert =
                new ChangeContext(
                        current.principal(),
                        ChangeContext.REVERT,
                        current.message()
                                .map(m -> "Revert change " + number + ": " + m)
                                .or(() -> Optional.of("Revert change " + number)),
                        current.changeRequest());
        ChangeRecorder.clearRecorded();
        ChangeContext.runWith(
                revert,
                () ->
                        ValidatedWrites.update(
                                registry,
                                rights,
                                model -> {
                                    versions.ifPresent(
                                            v -> requireVersions(model.getGraph(), patch, v));
                                    undo(model.getGraph(), number, patch);
                                }));
        long recorded =
                ChangeRecorder.lastRecorded()
                        .orElseThrow(
                                () ->
                                        new RegistryException(
                                                "The revert of " + number + " changed nothing"));
        return registry.history().get(recorded).orElseThrow();
    }

    /**
     * Returns the decisions change {@code number} changed, as the decision rights judge them (the
     * resources typed as decisions now or by the change itself), in first-seen order; empty when it
     * changed none. Reverting it changes them again, so only whoever may record decisions may
     * revert it.
     *
     * @throws ResourceNotFoundException if there is no such change
     */
    public static List<String> decisionsChanged(Registry registry, long number) {
        Objects.requireNonNull(registry, "registry");
        ChangePatch patch =
                registry.history()
                        .patch(number)
                        .orElseThrow(() -> new ResourceNotFoundException("No change " + number));
        List<Triple> triples = new ArrayList<>(patch.removed());
        triples.addAll(patch.added());
        Graph changed = GraphMemFactory.createDefaultGraph();
        triples.forEach(changed::add);
        return Txn.calculateRead(
                registry.dataset(),
                () ->
                        ValidatedWrites.decisionsChanged(
                                new Union(registry.dataset().getDefaultGraph(), changed), triples));
    }

    /** Refuses the revert when a resource it touches is not at one of the versions read. */
    private static void requireVersions(Graph graph, ChangePatch patch, Set<String> versions) {
        List<String> changed =
                RecordWriter.touched(patch).stream()
                        .filter(Node::isURI)
                        .filter(node -> graph.contains(node, Node.ANY, Node.ANY))
                        .filter(node -> !versions.contains(Versions.of(graph, node)))
                        .map(Node::getURI)
                        .sorted()
                        .toList();
        if (!changed.isEmpty()) {
            throw new StaleVersionException(
                    "The revert touches resources that changed since you read them (If-Match"
                            + " names none of their current versions): "
                            + String.join(", ", changed)
                            + "; read them again and retry");
        }
    }

    /** Undoes the patch, checking first that the graph still holds what it left. */
    private static void undo(Graph graph, long number, ChangePatch patch) {
        boolean intact =
                patch.added().stream().allMatch(graph::contains)
                        && patch.removed().stream().noneMatch(graph::contains);
        if (!intact) {
            // A write between the conflict check and this transaction.
            throw new RevertConflictException(number, List.of());
        }
        patch.added().forEach(graph::delete);
        patch.removed().forEach(graph::add);
    }

    /** Returns the later changes that altered any triple of the patch, oldest first. */
    private static List<Long> conflicting(Registry registry, long number, ChangePatch patch) {
        Set<Triple> triples = new HashSet<>(patch.added());
        triples.addAll(patch.removed());
        Set<Node> touched = RecordWriter.touched(patch);
        return Txn.calculateRead(
                registry.dataset(),
                () -> {
                    HistoryReader reader = new HistoryReader(registry.dataset());
                    Set<Long> later = new TreeSet<>();
                    for (Node resource : touched) {
                        for (long n : reader.numbersTouching(resource)) {
                            if (n <= number) {
                                break;
                            }
                            later.add(n);
                        }
                    }
                    List<Long> conflicting = new ArrayList<>();
                    for (long n : later) {
                        ChangePatch other = reader.patch(n).orElseThrow();
                        if (other.added().stream().anyMatch(triples::contains)
                                || other.removed().stream().anyMatch(triples::contains)) {
                            conflicting.add(n);
                        }
                    }
                    return conflicting;
                });
    }
}
