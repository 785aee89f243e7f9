package org.designregistry.model.internal;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.designregistry.model.TermLimits;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.history.ChangeHistory;

/**
 * Watches what each write transaction adds and vetoes its commit when a term is over the {@link
 * TermLimits}: such a term would be stored whole, and could not be shown, sent in a header or
 * indexed as one key.
 *
 * <p>The first refusal is kept per thread, as TDB2 keeps transactions, and thrown at commit rather
 * than at the add: every route (SPARQL Update, graph store, loads, edits) already reports a refusal
 * at commit, and the add happens deep inside Jena's update engine and parsers.
 */
final class TermLimitVeto extends RDFChangesBase {

    private static final Node HISTORY = NodeFactory.createURI(ChangeHistory.GRAPH_IRI);

    private final TermLimits limits;
    private final ThreadLocal<TermTooLongException> refused = new ThreadLocal<>();

    TermLimitVeto(TermLimits limits) {
        this.limits = limits;
    }

    /** Returns the limits this veto applies. */
    TermLimits limits() {
        return limits;
    }

    @Override
    public void txnBegin() {
        refused.remove();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (refused.get() != null || HISTORY.equals(g)) {
            // The history is the registry's own record, written by it (a large load's patch is one
            // long literal) and loaded back only from its exports; clients cannot write it.
            return;
        }
        try {
            limits.check(g, s, p, o);
        } catch (TermTooLongException e) {
            refused.set(e);
        }
    }

    @Override
    public void txnAbort() {
        refused.remove();
    }

    /**
     * Aborts the write transaction of {@code dataset} on this thread and throws, if it added a term
     * over the limits; otherwise does nothing.
     *
     * @throws TermTooLongException naming the first term over its limit
     */
    void vetoCommit(DatasetGraph dataset) {
        TermTooLongException refusal = refused.get();
        refused.remove();
        if (refusal != null) {
            dataset.abort();
            throw refusal;
        }
    }
}
