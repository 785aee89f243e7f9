package org.designregistry.model.edit;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.validation.RegistryValidator;

/**
 * A write checked ahead, on its caller's thread, while the writer thread is busy: drafted over a
 * read of the registry at {@code version}, its changes and the focus nodes they affect, all of
 * which conform in the draft. The writer then need not validate it again if it makes the same
 * changes, affects the same nodes, and nothing committed or batched since {@code version} matches a
 * lookup their validation made ({@link ChecksAhead}). Writes that wait for the writer are thus
 * validated by their own threads, side by side, instead of one after another on the writer's.
 *
 * @param version the registry's data version read before the draft's snapshot (the snapshot holds
 *     at least the commits up to it)
 * @param changed the triples the write adds or removes in the draft
 * @param focusNodes the focus nodes those changes affect, all conforming in the draft
 * @param reads the lookups the validation of those nodes made in the draft
 */
record Precheck(long version, Set<Triple> changed, Set<Node> focusNodes, ReadSet reads) {

    /**
     * Drafts and validates the change over a read of the registry; empty when it cannot vouch for
     * it (the change throws, changes too much, must be validated over the whole graph, or leaves a
     * focus node in violation): the writer then checks the write as it always did.
     */
    static Optional<Precheck> of(Registry registry, Consumer<Model> change) {
        long version = registry.version();
        return Txn.calculateRead(
                registry.dataset(),
                () -> {
                    DraftGraph draft = new DraftGraph(registry.dataset().getDefaultGraph());
                    try {
                        change.accept(ModelFactory.createModelForGraph(draft));
                    } catch (RuntimeException e) {
                        // The writer meets it again and reports it.
                        return Optional.empty();
                    }
                    Set<Triple> changed = draft.changed();
                    if (changed.size() > RegistryValidator.MAX_CHANGED_TRIPLES) {
                        return Optional.empty();
                    }
                    Optional<Set<Node>> affected = registry.affectedFocusNodes(draft, changed);
                    if (affected.isEmpty()) {
                        return Optional.empty();
                    }
                    Set<Node> nodes = Set.copyOf(affected.get());
                    ReadSet reads = new ReadSet();
                    if (!nodes.isEmpty()
                            && !registry.validate(new ReadRecordingGraph(draft, reads), nodes)
                                    .conforms()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Precheck(version, Set.copyOf(changed), nodes, reads));
                });
    }
}
