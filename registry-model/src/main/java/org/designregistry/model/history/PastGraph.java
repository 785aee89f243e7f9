package org.designregistry.model.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.designregistry.model.RegistryPrefixes;

/**
 * The registry graph as it was just after a change, read through the graph as it is now: a find
 * answers from the current graph, less the triples a later change added or removed, plus those of
 * them the graph held then. Read-only; for one thread, inside the read transaction of the current
 * graph.
 *
 * <p><b>Why not a copy, nor an overlay of every later change.</b> A resource's page reads a few
 * dozen resources; copying the registry costs seconds at 100x, and undoing every later change costs
 * as many patches as there are later changes. The history's index lists, per resource, the changes
 * that touched it, and a change touches the IRI subject of each triple it adds or removes, and the
 * IRI object unless the predicate is {@code rdf:type} ({@link RecordWriter#touched}). So the first
 * find about a resource reads the later changes that touched it, and from them exactly the triples
 * whose every change the resource's list holds: those with the resource as subject, and those with
 * it as object and a predicate other than {@code rdf:type}. Each such triple's state then is the
 * one before the oldest later change to it: present if that change removed it, absent if it added
 * it (patches are net). Reading a resource costs its own later changes, not the history's.
 *
 * <p><b>Which finds are exact.</b> A find that names an IRI subject, or an IRI object with a
 * predicate other than {@code rdf:type}, reads only that resource's changes. A find that names an
 * IRI object and no predicate does the same, unless the graph (now, or as far as it was read) gives
 * the object instances: then it is a class, and its instances' {@code rdf:type} triples are listed
 * under the instances, so every later change is undone. Every other find (no IRI named, {@code
 * rdf:type} with a class) undoes every later change, once. The one case read as it is now: the
 * {@code rdf:type} triples of a class found by object alone, when the class had instances then and
 * has none now nor among the triples read so far.
 */
final class PastGraph extends GraphBase {

    private static final Node TYPE = HistoryTerms.TYPE;

    private final Graph now;
    private final HistoryReader history;
    private final HistoryIndex.View index;
    private final long number;

    /** Each triple a later change added or removed, and whether the graph held it then. */
    private final Map<Triple, Boolean> changed = new HashMap<>();

    /** The triples of {@link #changed} that the graph held then, to find by pattern. */
    private final Graph restored = GraphMemFactory.createDefaultGraph();

    private final Set<Node> read = new HashSet<>();
    private boolean readAll;

    /**
     * Returns the graph {@code now} was just after change {@code number}, read with {@code history}
     * and {@code index} in the same read transaction as {@code now}.
     */
    PastGraph(Graph now, HistoryReader history, HistoryIndex.View index, long number) {
        this.now = now;
        this.history = history;
        this.index = index;
        this.number = number;
    }

    /** Returns today's prefixes with the registry's own: prefixes are not part of the history. */
    @Override
    protected PrefixMapping createPrefixMapping() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(now.getPrefixMapping())
                .setNsPrefixes(RegistryPrefixes.asMap());
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        readChangesFor(pattern);
        ExtendedIterator<Triple> found = now.find(pattern);
        if (!changed.isEmpty()) {
            found = found.filterDrop(changed::containsKey);
        }
        return restored.isEmpty() ? found : found.andThen(restored.find(pattern));
    }

    /** Reads the later changes a find needs, as the class comment says. */
    private void readChangesFor(Triple pattern) {
        if (readAll) {
            return;
        }
        Node subject = pattern.getSubject();
        Node predicate = pattern.getPredicate();
        Node object = pattern.getObject();
        if (subject.isURI()) {
            readChangesOf(subject);
            return;
        }
        if (object.isURI() && !TYPE.equals(predicate)) {
            readChangesOf(object);
            if (predicate.isConcrete() || !isClass(object)) {
                return;
            }
        }
        readAllChanges();
    }

    private boolean isClass(Node node) {
        return now.contains(Node.ANY, TYPE, node) || restored.contains(Node.ANY, TYPE, node);
    }

    private void readChangesOf(Node resource) {
        if (!read.add(resource)) {
            return;
        }
        for (long change : index.touchingAfter(resource, number)) {
            undo(change, resource);
        }
    }

    private void readAllChanges() {
        List<Long> newestFirst = index.after(number);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            undo(newestFirst.get(i), null);
        }
        readAll = true;
    }

    private void undo(long change, Node resource) {
        index.patch(history, change)
                .ifPresent(
                        patch -> {
                            note(patch.removed(), true, resource);
                            note(patch.added(), false, resource);
                        });
    }

    /**
     * Notes the state then of the triples whose every change {@code resource}'s list holds (all,
     * when null); called oldest change first, so the first note of a triple is the one that counts.
     */
    private void note(List<Triple> triples, boolean heldThen, Node resource) {
        for (Triple t : triples) {
            if (resource != null && !isListedUnder(t, resource)) {
                continue;
            }
            if (changed.putIfAbsent(t, heldThen) == null && heldThen) {
                restored.add(t);
            }
        }
    }

    private static boolean isListedUnder(Triple t, Node resource) {
        return t.getSubject().equals(resource)
                || (t.getObject().equals(resource) && !TYPE.equals(t.getPredicate()));
    }
}
