package org.designregistry.model.impact;

import java.util.Arrays;

/**
 * One breadth-first walk over the index in one direction, iterative and cycle-safe, recording a
 * parent pointer per resource so that every hit has a shortest explaining path.
 *
 * <p>Order: starts first, in the order given; then level by level, each resource's neighbours in
 * the index's fixed order (relation, then IRI). A resource is entered once, when first reached, so
 * cycles end the walk instead of looping. Cost: O(resources reached + their edges) time, and three
 * int arrays as long as the index has resources.
 */
final class Walk {

    /** How the walk ended. */
    enum End {
        COMPLETE,
        RESULT_CAP,
        TIME
    }

    final ImpactIndex index;
    final boolean downstream;

    /** Depth + 1 of each resource reached, 0 for resources not reached. */
    final int[] level;

    /** The resource each was reached from, for resources reached from another. */
    final int[] parent;

    /** The edge each was reached by (an index into the direction's edge arrays). */
    final int[] via;

    /** Starts, then hits, in walk order. */
    final int[] order;

    int startCount;
    int size;
    End end = End.COMPLETE;

    /** For a cut by cap or time: the first position in {@link #order} not fully explored. */
    int cutAt = -1;

    /** Extra shortest-path parents, when asked for: (child, parent, edge) triples. */
    IndexBuilder.IntBuffer extraChild;

    IndexBuilder.IntBuffer extraParent;
    IndexBuilder.IntBuffer extraVia;

    private Walk(ImpactIndex index, boolean downstream) {
        this.index = index;
        this.downstream = downstream;
        int n = index.nodeCount();
        this.level = new int[n];
        this.parent = new int[n];
        this.via = new int[n];
        this.order = new int[n];
    }

    /**
     * Walks from the starts.
     *
     * @param relationAllowed per relation number, or null for all
     * @param typeAllowed per type number, or null for all (untyped resources are then refused)
     * @param maxDepth the depth at which to stop expanding
     * @param maxHits the number of hits at which to stop
     * @param deadline the {@link System#nanoTime()} at which to stop
     */
    static Walk run(
            ImpactIndex index,
            boolean downstream,
            int[] starts,
            boolean[] relationAllowed,
            boolean[] typeAllowed,
            int maxDepth,
            int maxHits,
            long deadline,
            boolean allPaths) {
        Walk w = new Walk(index, downstream);
        if (allPaths) {
            w.extraChild = new IndexBuilder.IntBuffer();
            w.extraParent = new IndexBuilder.IntBuffer();
            w.extraVia = new IndexBuilder.IntBuffer();
        }
        for (int s : starts) {
            if (w.level[s] == 0) {
                w.level[s] = 1;
                w.parent[s] = -1;
                w.via[s] = -1;
                w.order[w.size++] = s;
            }
        }
        w.startCount = w.size;
        int[] offsets = index.offsets(downstream);
        int[] targets = index.targets(downstream);
        byte[] relations = index.edgeRelations(downstream);
        int hits = 0;
        int head = 0;
        walk:
        while (head < w.size) {
            if ((head & 255) == 255 && System.nanoTime() - deadline > 0) {
                w.end = End.TIME;
                w.cutAt = head;
                break;
            }
            int u = w.order[head++];
            int nextLevel = w.level[u] + 1;
            if (nextLevel > maxDepth + 1) {
                continue;
            }
            for (int e = offsets[u], last = offsets[u + 1]; e < last; e++) {
                if (relationAllowed != null && !relationAllowed[relations[e] & 0xFF]) {
                    continue;
                }
                int v = targets[e];
                if (typeAllowed != null && !allowed(typeAllowed, index.type(v))) {
                    continue;
                }
                int seen = w.level[v];
                if (seen == 0) {
                    if (hits == maxHits) {
                        w.end = End.RESULT_CAP;
                        w.cutAt = head - 1;
                        break walk;
                    }
                    w.level[v] = nextLevel;
                    w.parent[v] = u;
                    w.via[v] = e;
                    w.order[w.size++] = v;
                    hits++;
                } else if (allPaths && seen == nextLevel) {
                    w.extraChild.add(v);
                    w.extraParent.add(u);
                    w.extraVia.add(e);
                }
            }
        }
        return w;
    }

    private static boolean allowed(boolean[] typeAllowed, int type) {
        return type >= 0 && typeAllowed[type];
    }

    /** Returns the depth of a reached resource. */
    int depth(int node) {
        return level[node] - 1;
    }

    /** Returns true when the resource was reached (as a start or a hit). */
    boolean reached(int node) {
        return level[node] != 0;
    }

    /**
     * Returns the resources at {@code maxDepth} that have a link the walk would have followed but
     * for the depth limit, in walk order.
     */
    int[] depthFrontier(boolean[] relationAllowed, boolean[] typeAllowed, int maxDepth) {
        int[] offsets = index.offsets(downstream);
        int[] targets = index.targets(downstream);
        byte[] relations = index.edgeRelations(downstream);
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < size; i++) {
            int u = order[i];
            if (depth(u) != maxDepth) {
                continue;
            }
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                if (relationAllowed != null && !relationAllowed[relations[e] & 0xFF]) {
                    continue;
                }
                int v = targets[e];
                if (typeAllowed != null && !allowed(typeAllowed, index.type(v))) {
                    continue;
                }
                if (!reached(v)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = u;
                    break;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }
}
