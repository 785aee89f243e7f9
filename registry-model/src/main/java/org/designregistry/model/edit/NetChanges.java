package org.designregistry.model.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.designregistry.model.validation.RegistryValidator;

/**
 * Records the net changes to the registry graph of each write transaction through one guarded
 * dataset, and the named graphs it changes, for the checks made when it commits.
 *
 * <p>Only net changes count: each change is compared with the graph as it stands just before it, so
 * re-adding a triple that is there, deleting one that is not, or deleting and re-adding the same
 * triple (as a replace does) changes nothing. That costs one lookup per changed triple.
 *
 * <p>State is kept per thread, as the store's transactions are: Jena reports a writer's begin
 * before the store's writer lock is taken, so a second writer may begin while the first is still
 * writing. The writer's {@link WriteRights} are asked once, when its transaction begins. For a
 * writer who may record decisions, recording stops past {@value
 * RegistryValidator#MAX_CHANGED_TRIPLES} triples, where validation covers the whole graph anyway;
 * for one who may not, every change is kept, since each may touch a decision.
 */
final class NetChanges extends RDFChangesBase {

    private final DatasetGraph base;
    private final WriteRights rights;
    private final ThreadLocal<Buffer> current = new ThreadLocal<>();

    /**
     * @param base the dataset written through, read just before each change to tell whether it
     *     changes anything
     */
    NetChanges(DatasetGraph base, WriteRights rights) {
        this.base = base;
        this.rights = rights;
    }

    /**
     * The net changes of one transaction so far.
     *
     * @param triples the triples added or removed, in the order first changed
     * @param itemised false when there were too many to list, and {@code triples} is empty
     * @param mayRecordDecisions what the writer's rights said when the transaction began
     * @param namedGraphs the named graphs whose content the transaction changes, in the order first
     *     changed
     */
    record Changes(
            List<Triple> triples,
            boolean itemised,
            boolean mayRecordDecisions,
            List<Node> namedGraphs) {}

    @Override
    public void txnBegin() {
        current.set(new Buffer(rights.mayRecordDecisions()));
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        record(g, s, p, o, true);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        record(g, s, p, o, false);
    }

    @Override
    public void txnCommit() {
        current.remove();
    }

    @Override
    public void txnAbort() {
        current.remove();
    }

    /**
     * Starts counting this thread's changes afresh inside its transaction, as a batch of writes
     * does between one write and the next; the rights are those the transaction began with.
     */
    void restart() {
        Buffer buffer = current.get();
        if (buffer != null) {
            current.set(new Buffer(buffer.mayRecordDecisions));
        }
    }

    /** Forgets this thread's transaction, if its end came without a commit or an abort. */
    void forget() {
        current.remove();
    }

    /**
     * Returns the net changes of this thread's write transaction; not itemised if its beginning was
     * not seen.
     */
    Changes current() {
        Buffer buffer = current.get();
        if (buffer == null) {
            return new Changes(List.of(), false, true, List.of());
        }
        return new Changes(
                buffer.overflowed ? List.of() : List.copyOf(buffer.triples),
                !buffer.overflowed,
                buffer.mayRecordDecisions,
                buffer.namedGraphs());
    }

    private void record(Node g, Node s, Node p, Node o, boolean isAdd) {
        Buffer buffer = current.get();
        if (buffer == null) {
            return;
        }
        if (g != null && !Quad.isDefaultGraph(g)) {
            if (base.contains(g, s, p, o) != isAdd) {
                buffer.toggle(Quad.create(g, s, p, o));
            }
            return;
        }
        if (buffer.overflowed || base.contains(Quad.defaultGraphIRI, s, p, o) == isAdd) {
            return; // adding what is there, or deleting what is not: no change
        }
        buffer.toggle(Triple.create(s, p, o));
    }

    /** One transaction's net changes. */
    private static final class Buffer {
        private final Set<Triple> triples = new LinkedHashSet<>();
        private final Set<Quad> namedGraphQuads = new LinkedHashSet<>();
        private final boolean mayRecordDecisions;
        private boolean overflowed;

        Buffer(boolean mayRecordDecisions) {
            this.mayRecordDecisions = mayRecordDecisions;
        }

        void toggle(Triple triple) {
            // A triple's effective changes alternate, so a second one undoes the first.
            if (!triples.remove(triple)) {
                triples.add(triple);
            }
            if (mayRecordDecisions && triples.size() > RegistryValidator.MAX_CHANGED_TRIPLES) {
                overflowed = true;
                triples.clear();
            }
        }

        void toggle(Quad quad) {
            if (!namedGraphQuads.remove(quad)) {
                namedGraphQuads.add(quad);
            }
        }

        List<Node> namedGraphs() {
            return namedGraphQuads.stream().map(Quad::getGraph).distinct().toList();
        }
    }
}
