package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Commit;
import org.designregistry.model.internal.ClassHierarchy;
import org.designregistry.ontology.DR;

/**
 * Brings an {@link ImpactIndex} up to date with committed writes from their changes, instead of
 * building it again: what a rebuild of the data would give, at a cost that grows with the changes
 * and a linear copy of the index's arrays, not with a read of the store.
 *
 * <p>Only the edges the changes state or unstate, and the types of the resources they retype, are
 * looked up in the data: an edge is kept when any triple still states it (either way round), and a
 * resource stays indexed while it has an edge. Edge keys keep their order when renumbered, so the
 * new arrays come from merges, with no sort of the whole. Changes to what decides propagation (the
 * {@code dr:changePropagates} annotations, inverses, sub-properties, the class hierarchy, or any
 * statement about an annotated relation) are not followed: the caller rebuilds instead.
 */
final class IndexUpdate {

    private static final Set<Node> SCHEMA =
            Set.of(
                    DR.changePropagates.asNode(),
                    OWL.inverseOf.asNode(),
                    RDFS.subPropertyOf.asNode(),
                    RDFS.subClassOf.asNode(),
                    OWL.equivalentClass.asNode(),
                    OWL.equivalentProperty.asNode());

    private IndexUpdate() {}

    /**
     * Returns the index brought up to {@code version} by the commits, reading the data inside the
     * caller's read transaction, or empty when only a rebuild will do.
     */
    static Optional<ImpactIndex> apply(
            ImpactIndex index, List<Commit> commits, Graph data, Graph terms, long version) {
        PropagationRules rules = PropagationRules.read(terms, data);
        if (!rules.relations().equals(index.relations())) {
            return Optional.empty();
        }
        Map<String, PropagationRules.Rule> ruleOf =
                rules.rules().stream()
                        .collect(Collectors.toMap(PropagationRules.Rule::relationIri, r -> r));
        Set<String> relationIris = new HashSet<>(ruleOf.keySet());
        rules.relations().stream()
                .map(ImpactIndex.Relation::inverseIri)
                .filter(i -> !i.isEmpty())
                .forEach(relationIris::add);
        Set<Edge> candidates = new HashSet<>();
        Set<String> retyped = new TreeSet<>();
        for (Commit commit : commits) {
            if (!commit.itemised()) {
                return Optional.empty();
            }
            for (List<Triple> triples : List.of(commit.removed(), commit.added())) {
                for (Triple t : triples) {
                    if (SCHEMA.contains(t.getPredicate())
                            || (t.getSubject().isURI()
                                    && relationIris.contains(t.getSubject().getURI()))) {
                        return Optional.empty();
                    }
                    if (t.getPredicate().equals(RDF.type.asNode()) && t.getSubject().isURI()) {
                        retyped.add(t.getSubject().getURI());
                    }
                    PropagationRules.Rule rule = ruleOf.get(t.getPredicate().getURI());
                    if (rule != null && t.getSubject().isURI() && t.getObject().isURI()) {
                        candidates.add(Edge.of(t, rule));
                    }
                }
            }
        }
        if (candidates.isEmpty() && retyped.stream().noneMatch(index::contains)) {
            return Optional.of(index.atVersion(version));
        }
        return Optional.of(update(index, rules, candidates, retyped, data, terms, version));
    }

    private static ImpactIndex update(
            ImpactIndex index,
            PropagationRules rules,
            Set<Edge> candidates,
            Set<String> retyped,
            Graph data,
            Graph terms,
            long version) {
        List<Edge> present = new ArrayList<>();
        List<Edge> absent = new ArrayList<>();
        for (Edge edge : candidates) {
            (edge.statedIn(data, rules) ? present : absent).add(edge);
        }
        // Every resource old or newly linked, in IRI order; old numbers map in order.
        TreeSet<String> added = new TreeSet<>();
        for (Edge edge : present) {
            for (String iri : List.of(edge.from(), edge.to())) {
                if (!index.contains(iri)) {
                    added.add(iri);
                }
            }
        }
        String[] union = merge(index, added);
        int[] oldToUnion = new int[index.nodeCount()];
        for (int i = 0, u = 0; i < oldToUnion.length; i++) {
            while (!union[u].equals(index.iri(i))) {
                u++;
            }
            oldToUnion[i] = u;
        }
        Function<String, Integer> unionId = iri -> Arrays.binarySearch(union, iri);
        long[] down = edit(index, true, oldToUnion, present, absent, unionId);
        long[] up = edit(index, false, oldToUnion, present, absent, unionId);
        // A resource stays while it has an edge; the kept keep their order.
        boolean[] linked = new boolean[union.length];
        for (long key : down) {
            linked[IndexBuilder.source(key)] = true;
            linked[IndexBuilder.target(key)] = true;
        }
        int[] finalId = new int[union.length];
        int[] unionToOld = new int[union.length];
        Arrays.fill(unionToOld, -1);
        for (int i = 0; i < oldToUnion.length; i++) {
            unionToOld[oldToUnion[i]] = i;
        }
        List<String> kept = new ArrayList<>();
        List<Integer> keptOld = new ArrayList<>();
        for (int u = 0; u < union.length; u++) {
            finalId[u] = linked[u] ? kept.size() : -1;
            if (linked[u]) {
                kept.add(union[u]);
                keptOld.add(unionToOld[u]);
            }
        }
        String[] iris = kept.toArray(String[]::new);
        renumber(down, finalId);
        renumber(up, finalId);
        IndexBuilder.TypeTable types = types(index, iris, keptOld, retyped, data, terms);
        IndexBuilder.Csr downCsr = IndexBuilder.Csr.ofSorted(down, iris.length);
        IndexBuilder.Csr upCsr = IndexBuilder.Csr.ofSorted(up, iris.length);
        return new ImpactIndex(
                version,
                iris,
                types.typeIris(),
                types.types(),
                index.relations(),
                downCsr.offsets(),
                downCsr.targets(),
                downCsr.relations(),
                upCsr.offsets(),
                upCsr.targets(),
                upCsr.relations());
    }

    /**
     * Returns the type table of the kept resources: an old resource the changes did not retype
     * keeps its type by number, the others' types are read from the data; only the types in use are
     * kept, renumbered in IRI order, with no lookup per resource.
     */
    private static IndexBuilder.TypeTable types(
            ImpactIndex index,
            String[] iris,
            List<Integer> keptOld,
            Set<String> retyped,
            Graph data,
            Graph terms) {
        String[] oldTypeIris = index.typeIris();
        short[] oldType = new short[iris.length];
        String[] read = new String[iris.length];
        boolean[] usedOld = new boolean[oldTypeIris.length];
        TreeSet<String> names = new TreeSet<>();
        ClassHierarchy hierarchy = null;
        for (int i = 0; i < iris.length; i++) {
            int old = keptOld.get(i);
            oldType[i] = -1;
            if (old >= 0 && !retyped.contains(iris[i])) {
                oldType[i] = (short) index.type(old);
                if (oldType[i] >= 0) {
                    usedOld[oldType[i]] = true;
                }
            } else {
                if (hierarchy == null) {
                    hierarchy = new ClassHierarchy(new Union(data, terms));
                }
                read[i] = IndexBuilder.typeSignature(data, hierarchy, iris[i]);
                if (read[i] != null) {
                    names.add(read[i]);
                }
            }
        }
        for (int t = 0; t < oldTypeIris.length; t++) {
            if (usedOld[t]) {
                names.add(oldTypeIris[t]);
            }
        }
        String[] typeIris = names.toArray(String[]::new);
        short[] renumbered = new short[oldTypeIris.length];
        for (int t = 0; t < oldTypeIris.length; t++) {
            renumbered[t] = usedOld[t] ? (short) Arrays.binarySearch(typeIris, oldTypeIris[t]) : -1;
        }
        short[] types = new short[iris.length];
        for (int i = 0; i < iris.length; i++) {
            if (oldType[i] >= 0) {
                types[i] = renumbered[oldType[i]];
            } else {
                types[i] = read[i] == null ? -1 : (short) Arrays.binarySearch(typeIris, read[i]);
            }
        }
        return new IndexBuilder.TypeTable(typeIris, types);
    }

    private static String[] merge(ImpactIndex index, TreeSet<String> added) {
        String[] union = new String[index.nodeCount() + added.size()];
        int i = 0;
        int u = 0;
        for (String iri : added) {
            while (i < index.nodeCount() && index.iri(i).compareTo(iri) < 0) {
                union[u++] = index.iri(i++);
            }
            union[u++] = iri;
        }
        while (i < index.nodeCount()) {
            union[u++] = index.iri(i++);
        }
        return union;
    }

    /**
     * Returns one direction's edge keys, in union numbers and sorted: the old ones renumbered
     * (which keeps their order) without the absent edges, merged with the present ones.
     */
    private static long[] edit(
            ImpactIndex index,
            boolean downstream,
            int[] oldToUnion,
            List<Edge> present,
            List<Edge> absent,
            Function<String, Integer> unionId) {
        long[] removed =
                absent.stream()
                        .filter(e -> unionId.apply(e.from()) >= 0 && unionId.apply(e.to()) >= 0)
                        .mapToLong(e -> e.key(downstream, unionId))
                        .sorted()
                        .toArray();
        long[] adding =
                present.stream().mapToLong(e -> e.key(downstream, unionId)).sorted().toArray();
        int[] offsets = index.offsets(downstream);
        int[] targets = index.targets(downstream);
        byte[] relations = index.edgeRelations(downstream);
        long[] keys = new long[targets.length + adding.length];
        int n = 0;
        int a = 0;
        for (int source = 0; source < offsets.length - 1; source++) {
            for (int e = offsets[source]; e < offsets[source + 1]; e++) {
                long key =
                        IndexBuilder.key(
                                oldToUnion[source], relations[e] & 0xFF, oldToUnion[targets[e]]);
                if (removed.length > 0 && Arrays.binarySearch(removed, key) >= 0) {
                    continue;
                }
                while (a < adding.length && adding[a] < key) {
                    keys[n++] = adding[a++];
                }
                if (a < adding.length && adding[a] == key) {
                    a++; // already there: stated the other way, or again
                }
                keys[n++] = key;
            }
        }
        while (a < adding.length) {
            keys[n++] = adding[a++];
        }
        return Arrays.copyOf(keys, n);
    }

    private static void renumber(long[] keys, int[] finalId) {
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            keys[i] =
                    IndexBuilder.key(
                            finalId[IndexBuilder.source(k)],
                            IndexBuilder.relation(k),
                            finalId[IndexBuilder.target(k)]);
        }
    }

    /**
     * One propagating edge by IRIs: from the dependency to the dependent, by canonical relation.
     */
    private record Edge(String from, int relation, String to) {

        static Edge of(Triple t, PropagationRules.Rule rule) {
            String s = t.getSubject().getURI();
            String o = t.getObject().getURI();
            return rule.dependentIsSubject()
                    ? new Edge(o, rule.canonical(), s)
                    : new Edge(s, rule.canonical(), o);
        }

        long key(boolean downstream, Function<String, Integer> unionId) {
            int f = unionId.apply(from);
            int t = unionId.apply(to);
            return downstream ? IndexBuilder.key(f, relation, t) : IndexBuilder.key(t, relation, f);
        }

        /** Returns true when a triple of the data states this edge, by any of its relations. */
        boolean statedIn(Graph data, PropagationRules rules) {
            Node f = NodeFactory.createURI(from);
            Node t = NodeFactory.createURI(to);
            for (PropagationRules.Rule rule : rules.rules()) {
                if (rule.canonical() != relation) {
                    continue;
                }
                Node p = NodeFactory.createURI(rule.relationIri());
                if (rule.dependentIsSubject() ? data.contains(t, p, f) : data.contains(f, p, t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
