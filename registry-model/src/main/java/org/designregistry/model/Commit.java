package org.designregistry.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What one committed write transaction changed in the registry graph, whatever path it came by (a
 * load, a SPARQL update, a graph store request or a direct write to {@link Registry#dataset()}).
 *
 * <p>Large writes are not itemised: when a transaction changes more than {@link #ITEMISED_LIMIT}
 * triples, {@code itemised} is false and the lists are empty, and a listener must treat the whole
 * graph as changed (for an index, rebuild it).
 *
 * @param version the registry's data version after this commit; versions grow by one per commit
 * @param added the triples added to the default graph, in the order written (may include triples
 *     that were already present)
 * @param removed the triples removed from the default graph, in the order written
 * @param itemised true when {@code added} and {@code removed} list every change
 */
public record Commit(long version, List<Triple> added, List<Triple> removed, boolean itemised) {

    /** The most triples one commit itemises; beyond it, listeners are told to rebuild. */
    public static final int ITEMISED_LIMIT = 100_000;

    public Commit {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * Returns the resources whose description changed: the subjects of added and removed triples
     * and their IRI objects (a link changes the description of both ends), in first-seen order.
     * Empty when the commit is not itemised.
     */
    public Set<Node> touchedResources() {
        Set<Node> touched = new LinkedHashSet<>();
        for (List<Triple> triples : List.of(added, removed)) {
            for (Triple t : triples) {
                touched.add(t.getSubject());
                if (t.getObject().isURI() || t.getObject().isBlank()) {
                    touched.add(t.getObject());
                }
            }
        }
        return touched;
    }
}
