package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Lazy walks over an {@link ImpactIndex}, in the manner of Guava's {@code Traverser}: pick a
 * direction with a static factory, then iterate.
 *
 * <pre>{@code
 * for (String iri : ImpactTraverser.downstream(index).breadthFirst(dataItemIri)) {
 *     // the data item first, then what a change to it impacts, nearest first
 * }
 * }</pre>
 *
 * <p><b>Order.</b> Breadth-first: the starts first, in the order given (repeats once), then every
 * resource one link away, then two, and so on; a resource's neighbours come in the index's fixed
 * order (by relation IRI, then by the neighbour's IRI), so the same index and starts always give
 * the same sequence. A start that the index does not hold (it has no propagating link) is returned
 * and has no successors; such starts come before the others.
 *
 * <p><b>Cycles.</b> Each resource is returned once, when first reached; a cycle back to a resource
 * already returned is not followed again, so every walk ends.
 *
 * <p><b>Cost.</b> Nothing is walked until the iterator is advanced; each step expands at most one
 * resource's slice of the index. A full iteration costs O(resources reached + their edges) time
 * and, per iterator, a bit set and a queue as long as the index has resources. The iterable can be
 * iterated many times; each iterator walks afresh. Iterators are not thread-safe; the index is
 * immutable, so separate iterators may run on separate threads.
 */
public final class ImpactTraverser {

    private final ImpactIndex index;
    private final boolean downstream;

    private ImpactTraverser(ImpactIndex index, boolean downstream) {
        this.index = Objects.requireNonNull(index, "index");
        this.downstream = downstream;
    }

    /** Returns a traverser that follows links from a resource to what a change to it impacts. */
    public static ImpactTraverser downstream(ImpactIndex index) {
        return new ImpactTraverser(index, true);
    }

    /** Returns a traverser that follows links from a resource to what it depends on. */
    public static ImpactTraverser upstream(ImpactIndex index) {
        return new ImpactTraverser(index, false);
    }

    /**
     * Returns the resources one link away from {@code iri} in this traverser's direction, in the
     * index's order, without repeats; empty when the index does not hold it.
     */
    public List<String> successors(String iri) {
        int u = index.id(Objects.requireNonNull(iri, "iri"));
        List<String> result = new ArrayList<>();
        if (u < 0) {
            return result;
        }
        int[] offsets = index.offsets(downstream);
        int[] targets = index.targets(downstream);
        BitSet seen = new BitSet();
        for (int e = offsets[u]; e < offsets[u + 1]; e++) {
            if (!seen.get(targets[e])) {
                seen.set(targets[e]);
                result.add(index.iri(targets[e]));
            }
        }
        return result;
    }

    /**
     * Returns a lazy breadth-first iteration from one resource, the resource first; see the class
     * description for order, cycle handling and cost.
     */
    public Iterable<String> breadthFirst(String startIri) {
        return breadthFirst(List.of(Objects.requireNonNull(startIri, "startIri")));
    }

    /**
     * Returns a lazy breadth-first iteration from several resources at once (all at depth 0), the
     * starts first.
     */
    public Iterable<String> breadthFirst(Iterable<String> startIris) {
        List<String> starts = new ArrayList<>();
        startIris.forEach(s -> starts.add(Objects.requireNonNull(s, "start")));
        return () -> new BreadthFirst(starts);
    }

    private final class BreadthFirst implements Iterator<String> {
        private final List<String> outside = new ArrayList<>();
        private final BitSet seen = new BitSet(index.nodeCount());
        private final int[] queue = new int[index.nodeCount()];
        private int head;
        private int tail;
        private int outsideNext;

        BreadthFirst(List<String> starts) {
            for (String s : starts) {
                int id = index.id(s);
                if (id < 0) {
                    if (!outside.contains(s)) {
                        outside.add(s);
                    }
                } else if (!seen.get(id)) {
                    seen.set(id);
                    queue[tail++] = id;
                }
            }
        }

        @Override
        public boolean hasNext() {
            return outsideNext < outside.size() || head < tail;
        }

        @Override
        public String next() {
            if (outsideNext < outside.size()) {
                return outside.get(outsideNext++);
            }
            if (head >= tail) {
                throw new NoSuchElementException();
            }
            int u = queue[head++];
            int[] offsets = index.offsets(downstream);
            int[] targets = index.targets(downstream);
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                int v = targets[e];
                if (!seen.get(v)) {
                    seen.set(v);
                    queue[tail++] = v;
                }
            }
            return index.iri(u);
        }
    }
}
