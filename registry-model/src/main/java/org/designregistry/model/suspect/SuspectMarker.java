package org.designregistry.model.suspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangePatch;
import org.designregistry.model.history.ChangeRecorder;

/**
 * Marks suspect links inside the write that makes them suspect: store plumbing that the registry's
 * change recorder calls with each change it records ({@link #mark}), in the same transaction, so a
 * suspect link commits or aborts with its change and carries its number. It also watches every add
 * and delete made through the registry's change-tracking dataset and refuses, at commit, any that
 * touches the suspect-link graph, except a clearing ({@link #permitting}) or a restore of an
 * exported store.
 *
 * <p><b>What becomes suspect.</b> A change is to resource R when it adds or removes a statement of
 * R (R its subject) through a governed property ({@code dr:governed true} in the ontology or the
 * data). When R was approved before the write (a decision {@code dr:approves} it, or it is {@code
 * dr:approvedBy} one) or is held by a frozen baseline (the history shows it at or before the latest
 * baseline's change), every link of a governed relation that carries change from a resource that
 * depends on R ({@code dr:changePropagates}) becomes suspect, except links the same write adds. A
 * link the write removes takes its suspect record with it.
 *
 * <p><b>Cost.</b> Per recorded change: one read of the annotations (the terms' few dozen and any in
 * the data, by index), then for each changed resource two index lookups for its approvals (or, for
 * a write that changes many, one read of the approvals: {@link PriorApprovals}) and, when there are
 * baselines, one per change that touched it; then per dependent link one lookup and up to seven
 * quads. Nothing scans the registry graph or re-validates a link; the quads dominate: the
 * suspect-link graph is written to TDB2's six quad indexes.
 */
public final class SuspectMarker extends RDFChangesBase {

    private static final ThreadLocal<Boolean> PERMITTED = new ThreadLocal<>();

    private final DatasetGraph store;
    private final Graph terms;
    private final ThreadLocal<Watch> watched = new ThreadLocal<>();

    /** Returns a marker that writes to the suspect-link graph of {@code store} directly. */
    public SuspectMarker(DatasetGraph store, Graph terms) {
        this.store = store;
        this.terms = terms;
    }

    /** Returns what {@code write} returns, run with leave to change suspect-link records. */
    static <T> T permitting(Supplier<T> write) {
        PERMITTED.set(Boolean.TRUE);
        try {
            return write.get();
        } finally {
            PERMITTED.remove();
        }
    }

    @Override
    public void txnBegin() {
        watched.remove();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        watch(g, true);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        watch(g, false);
    }

    @Override
    public void txnAbort() {
        watched.remove();
    }

    /** Forgets this thread's transaction, when it ended without a commit or an abort. */
    public void forget() {
        watched.remove();
    }

    /**
     * Aborts the write transaction of {@code dataset} on this thread and throws, if it changed the
     * suspect-link graph without leave. Call just before the commit.
     *
     * @throws RegistryException naming the graph
     */
    public void vetoCommit(DatasetGraph dataset) {
        Watch watch = watched.get();
        watched.remove();
        // Only a load that restores an exported store's history may bring its suspect links.
        if (watch != null && watch.suspectGraph && !watch.restoringHistory) {
            dataset.abort();
            throw new RegistryException(
                    "The suspect-link graph <"
                            + SuspectTerms.GRAPH_IRI
                            + "> is kept by the registry alone: suspect links are cleared through"
                            + " the suspect-links API; nothing was stored");
        }
    }

    private void watch(Node g, boolean isAdd) {
        boolean suspectGraph = SuspectTerms.GRAPH.equals(g) && PERMITTED.get() == null;
        boolean history =
                isAdd
                        && SuspectTerms.HISTORY_GRAPH.equals(g)
                        && ChangeRecorder.isRestoringHistory();
        if (!suspectGraph && !history) {
            return;
        }
        Watch watch = watched.get();
        if (watch == null) {
            watch = new Watch();
            watched.set(watch);
        }
        watch.suspectGraph |= suspectGraph;
        watch.restoringHistory |= history;
    }

    /** What one transaction did to the graphs this marker keeps or relies on. */
    private static final class Watch {
        private boolean suspectGraph;
        private boolean restoringHistory;
    }

    /**
     * Marks the links that change {@code number} makes suspect, and drops the records of links it
     * removes; call inside the write transaction, once the change is recorded.
     */
    public void mark(ChangePatch patch, long number) {
        Graph data = store.getDefaultGraph();
        SuspectRules rules = SuspectRules.read(List.of(terms, data));
        dropRemovedLinks(patch, rules);
        Map<Node, Boolean> changed = changedResources(patch, rules);
        if (changed.isEmpty()) {
            return;
        }
        Set<Triple> added = new HashSet<>(patch.added());
        PriorApprovals approvals = PriorApprovals.of(data, patch, added, changed.size());
        OptionalLong baseline = latestBaseline(data);
        Node change = NodeFactory.createURI(ChangeHistory.changeIri(number));
        Node since = NodeFactory.createLiteralDT(Long.toString(number), XSDDatatype.XSDlong);
        for (Node resource : changed.keySet()) {
            if (!approvals.approved(resource) && !baselined(resource, baseline)) {
                continue;
            }
            for (Triple link : dependentLinks(data, resource, rules)) {
                if (!added.contains(link)) {
                    record(link, resource, change, since);
                }
            }
        }
    }

    /** The subjects of governed statements the patch adds or removes. */
    private static Map<Node, Boolean> changedResources(ChangePatch patch, SuspectRules rules) {
        Map<Node, Boolean> changed = new LinkedHashMap<>();
        for (List<Triple> triples : List.of(patch.removed(), patch.added())) {
            for (Triple t : triples) {
                if (t.getSubject().isURI() && rules.isGoverned(t.getPredicate())) {
                    changed.put(t.getSubject(), Boolean.TRUE);
                }
            }
        }
        return changed;
    }

    /** Returns the links, as stated, from each resource that depends on {@code resource}. */
    private static List<Triple> dependentLinks(Graph data, Node resource, SuspectRules rules) {
        List<Triple> links = new ArrayList<>();
        rules.suspectRelations()
                .forEach(
                        (relation, dependentIsSubject) -> {
                            if (dependentIsSubject) {
                                data.find(Node.ANY, relation, resource)
                                        .filterKeep(t -> t.getSubject().isURI())
                                        .forEach(links::add);
                            } else {
                                data.find(resource, relation, Node.ANY)
                                        .filterKeep(t -> t.getObject().isURI())
                                        .forEach(links::add);
                            }
                        });
        return links;
    }

    /** The change the latest frozen baseline holds, or empty when there is none. */
    private static OptionalLong latestBaseline(Graph data) {
        return data
                .find(Node.ANY, SuspectTerms.FROZEN_AT, Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(n -> n.isLiteral() && n.getLiteralValue() instanceof Number)
                .mapWith(n -> ((Number) n.getLiteralValue()).longValue())
                .toList()
                .stream()
                .mapToLong(Long::longValue)
                .max();
    }

    /** Returns true when a change at or before the latest baseline touched the resource. */
    private boolean baselined(Node resource, OptionalLong baseline) {
        if (baseline.isEmpty()) {
            return false;
        }
        long frozen = baseline.getAsLong();
        Iterator<Quad> uses =
                store.find(SuspectTerms.HISTORY_GRAPH, Node.ANY, SuspectTerms.USED, resource);
        try {
            while (uses.hasNext()) {
                OptionalLong n = ChangeHistory.changeNumber(uses.next().getSubject());
                if (n.isPresent() && n.getAsLong() <= frozen) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(uses);
        }
    }

    private void record(Triple link, Node changed, Node change, Node since) {
        Node record = SuspectTerms.record(link);
        if (!store.contains(SuspectTerms.GRAPH, record, SuspectTerms.TYPE, Node.ANY)) {
            add(record, SuspectTerms.TYPE, SuspectTerms.SUSPECT_LINK);
            add(record, SuspectTerms.SUBJECT, link.getSubject());
            add(record, SuspectTerms.PREDICATE, link.getPredicate());
            add(record, SuspectTerms.OBJECT, link.getObject());
            add(record, SuspectTerms.SINCE, since);
        }
        add(record, SuspectTerms.CHANGED, changed);
        add(record, SuspectTerms.GENERATED_BY, change);
    }

    private void dropRemovedLinks(ChangePatch patch, SuspectRules rules) {
        for (Triple t : patch.removed()) {
            if (!rules.suspectRelations().containsKey(t.getPredicate())
                    || !t.getSubject().isURI()
                    || !t.getObject().isURI()) {
                continue;
            }
            Node record = SuspectTerms.record(t);
            if (store.contains(SuspectTerms.GRAPH, record, SuspectTerms.TYPE, Node.ANY)) {
                store.deleteAny(SuspectTerms.GRAPH, record, Node.ANY, Node.ANY);
            }
        }
    }

    private void add(Node s, Node p, Node o) {
        store.add(new Quad(SuspectTerms.GRAPH, s, p, o));
    }
}
