package org.designregistry.model.edit;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.buffering.BufferingGraph;

/**
 * A write drafted over a read of the registry graph: additions and deletions are kept here and the
 * graph beneath is never changed. Jena's buffering graph keeps {@code add} and {@code delete}, but
 * passes {@code remove(s, p, o)} and {@code clear()} (what {@code Model.removeAll} calls) to the
 * graph beneath; here they are deletions too.
 */
final class DraftGraph extends BufferingGraph {

    DraftGraph(Graph base) {
        super(base);
    }

    @Override
    public void remove(Node s, Node p, Node o) {
        find(s, p, o).toList().forEach(this::delete);
    }

    @Override
    public void clear() {
        remove(Node.ANY, Node.ANY, Node.ANY);
    }

    /** Returns the triples the draft adds or deletes. */
    Set<Triple> changed() {
        Set<Triple> changed = new HashSet<>(getDeleted());
        getAdded().find().forEachRemaining(changed::add);
        return changed;
    }
}
