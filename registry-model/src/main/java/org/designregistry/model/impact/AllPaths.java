package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every shortest path of a finished walk, up to a cap per resource. Resources are taken in walk
 * order, so each one's parents (all one level nearer a start) are done before it: the paths are
 * built iteratively, never by recursion.
 */
final class AllPaths {

    private AllPaths() {}

    /**
     * Returns, for each resource the walk reached, at most {@code cap} shortest paths as
     * alternating node and edge numbers, start first; the path by parent pointers comes first.
     */
    static Map<Integer, List<int[]>> of(Walk w, int cap) {
        Map<Integer, List<int[]>> extraParents = new HashMap<>();
        for (int i = 0; i < w.extraChild.size(); i++) {
            extraParents
                    .computeIfAbsent(w.extraChild.get(i), k -> new ArrayList<>(2))
                    .add(new int[] {w.extraParent.get(i), w.extraVia.get(i)});
        }
        Map<Integer, List<int[]>> paths = new HashMap<>();
        for (int i = 0; i < w.size; i++) {
            int v = w.order[i];
            if (i < w.startCount) {
                paths.put(v, List.of(new int[] {v}));
                continue;
            }
            List<int[]> parents = new ArrayList<>(2);
            parents.add(new int[] {w.parent[v], w.via[v]});
            parents.addAll(extraParents.getOrDefault(v, List.of()));
            List<int[]> found = new ArrayList<>();
            outer:
            for (int[] pe : parents) {
                for (int[] p : paths.get(pe[0])) {
                    if (found.size() == cap) {
                        break outer;
                    }
                    int[] q = Arrays.copyOf(p, p.length + 2);
                    q[p.length] = pe[1];
                    q[p.length + 1] = v;
                    found.add(q);
                }
            }
            paths.put(v, found);
        }
        return paths;
    }
}
