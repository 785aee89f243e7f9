package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RegistryException;
import org.designregistry.model.internal.ClassHierarchy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link ImpactIndex} from the data graph in one pass per annotated relation.
 *
 * <p>Edges are packed into {@code long} keys (source 27 bits, relation 8 bits, target 28 bits) so
 * that one primitive sort orders them by source, relation and target, and equal keys (a link stated
 * both ways) collapse into one edge.
 */
final class IndexBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
    private static final int MAX_RELATIONS = 256;
    private static final int MAX_NODES = 1 << 27;

    private IndexBuilder() {}

    /** Returns the index of the data, read inside the caller's read transaction. */
    static ImpactIndex build(Graph data, Graph terms, long version) {
        PropagationRules rules = PropagationRules.read(terms, data);
        if (!rules.ambiguous().isEmpty()) {
            LOG.warn(
                    "Relations annotated to carry change both ways (dr:changePropagates dr:toSubject"
                            + " and dr:toObject), followed as dr:toSubject; validation reports"
                            + " them: {}",
                    rules.ambiguous());
        }
        if (rules.relations().size() > MAX_RELATIONS) {
            throw new RegistryException(
                    "Too many relations carry change ("
                            + rules.relations().size()
                            + "); the impact index holds at most "
                            + MAX_RELATIONS);
        }
        Map<String, Integer> provisional = new HashMap<>();
        List<String> names = new ArrayList<>();
        IntBuffer from = new IntBuffer();
        IntBuffer to = new IntBuffer();
        IntBuffer rel = new IntBuffer();
        for (PropagationRules.Rule rule : rules.rules()) {
            Node p = NodeFactory.createURI(rule.relationIri());
            data.find(Node.ANY, p, Node.ANY)
                    .forEach(
                            t -> {
                                if (!t.getSubject().isURI() || !t.getObject().isURI()) {
                                    return;
                                }
                                int s = number(t.getSubject().getURI(), provisional, names);
                                int o = number(t.getObject().getURI(), provisional, names);
                                from.add(rule.dependentIsSubject() ? o : s);
                                to.add(rule.dependentIsSubject() ? s : o);
                                rel.add(rule.canonical());
                            });
        }
        if (names.size() >= MAX_NODES) {
            throw new RegistryException("Too many linked resources for the impact index");
        }
        String[] iris = names.toArray(String[]::new);
        Arrays.sort(iris);
        int[] finalId = new int[iris.length];
        for (int i = 0; i < iris.length; i++) {
            finalId[provisional.get(iris[i])] = i;
        }
        int m = from.size();
        long[] down = new long[m];
        long[] up = new long[m];
        for (int e = 0; e < m; e++) {
            int f = finalId[from.get(e)];
            int t = finalId[to.get(e)];
            down[e] = key(f, rel.get(e), t);
            up[e] = key(t, rel.get(e), f);
        }
        Csr downCsr = Csr.of(down, iris.length);
        Csr upCsr = Csr.of(up, iris.length);
        TypeTable typeTable = TypeTable.read(data, terms, iris);
        return new ImpactIndex(
                version,
                iris,
                typeTable.typeIris,
                typeTable.types,
                rules.relations(),
                downCsr.offsets,
                downCsr.targets,
                downCsr.relations,
                upCsr.offsets,
                upCsr.targets,
                upCsr.relations);
    }

    private static int number(String iri, Map<String, Integer> ids, List<String> names) {
        Integer id = ids.get(iri);
        if (id == null) {
            id = names.size();
            ids.put(iri, id);
            names.add(iri);
        }
        return id;
    }

    static long key(int source, int relation, int target) {
        return ((long) source << 36) | ((long) relation << 28) | target;
    }

    /** Returns the source of an edge key. */
    static int source(long key) {
        return (int) (key >>> 36);
    }

    /** Returns the relation of an edge key. */
    static int relation(long key) {
        return (int) ((key >>> 28) & 0xFF);
    }

    /** Returns the target of an edge key. */
    static int target(long key) {
        return (int) (key & ((1 << 28) - 1));
    }

    /** One direction's edges in compressed sparse row form, duplicates removed. */
    record Csr(int[] offsets, int[] targets, byte[] relations) {

        static Csr of(long[] keys, int nodes) {
            Arrays.sort(keys);
            return ofSorted(keys, nodes);
        }

        /** Returns the edges of keys already sorted; equal neighbours collapse into one. */
        static Csr ofSorted(long[] keys, int nodes) {
            int distinct = 0;
            for (int i = 0; i < keys.length; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    keys[distinct++] = keys[i];
                }
            }
            int[] offsets = new int[nodes + 1];
            int[] targets = new int[distinct];
            byte[] relations = new byte[distinct];
            for (int i = 0; i < distinct; i++) {
                long k = keys[i];
                offsets[(int) (k >>> 36) + 1]++;
                relations[i] = (byte) ((k >>> 28) & 0xFF);
                targets[i] = (int) (k & ((1 << 28) - 1));
            }
            for (int i = 0; i < nodes; i++) {
                offsets[i + 1] += offsets[i];
            }
            return new Csr(offsets, targets, relations);
        }
    }

    /**
     * Returns the {@link TypeSignature} of a resource's asserted types, or null when it has none;
     * the rule of {@link TypeTable#read}.
     */
    static String typeSignature(Graph data, ClassHierarchy hierarchy, String iri) {
        List<Node> classes =
                data.find(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY)
                        .mapWith(t -> t.getObject())
                        .filterKeep(Node::isURI)
                        .toList();
        return TypeSignature.of(hierarchy, classes);
    }

    /** The {@link TypeSignature} of each indexed resource, numbered among those in use. */
    record TypeTable(String[] typeIris, short[] types) {

        static TypeTable read(Graph data, Graph terms, String[] iris) {
            Map<Integer, List<Node>> asserted = new HashMap<>();
            data.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                    .forEach(
                            t -> {
                                if (!t.getSubject().isURI() || !t.getObject().isURI()) {
                                    return;
                                }
                                int id = Arrays.binarySearch(iris, t.getSubject().getURI());
                                if (id >= 0) {
                                    asserted.computeIfAbsent(id, k -> new ArrayList<>(1))
                                            .add(t.getObject());
                                }
                            });
            ClassHierarchy hierarchy = new ClassHierarchy(new Union(data, terms));
            String[] chosenFor = new String[iris.length];
            asserted.forEach((id, classes) -> chosenFor[id] = TypeSignature.of(hierarchy, classes));
            return of(chosenFor);
        }

        /** Returns the table of the type signature of each resource (null for none). */
        static TypeTable of(String[] chosenFor) {
            TreeSet<String> chosen = new TreeSet<>();
            for (String type : chosenFor) {
                if (type != null) {
                    chosen.add(type);
                }
            }
            String[] typeIris = chosen.toArray(String[]::new);
            if (typeIris.length > Short.MAX_VALUE) {
                throw new RegistryException(
                        "Too many combinations of classes for the impact index");
            }
            short[] types = new short[chosenFor.length];
            Arrays.fill(types, (short) -1);
            for (int i = 0; i < chosenFor.length; i++) {
                if (chosenFor[i] != null) {
                    types[i] = (short) Arrays.binarySearch(typeIris, chosenFor[i]);
                }
            }
            return new TypeTable(typeIris, types);
        }
    }

    /** A growable int array. */
    static final class IntBuffer {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
