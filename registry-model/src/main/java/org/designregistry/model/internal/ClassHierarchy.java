package org.designregistry.model.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.Ref;

/**
 * The {@code rdfs:subClassOf} hierarchy of a graph of the data joined with the terms: the classes
 * above and below a class, the most specific of several types, and the kind that types name.
 *
 * <p>Walks are breadth-first, nearest classes first, and visit each class once, so they end on
 * cycles. Each class's walks are kept once made, since every resource read asks about the same few
 * classes; each costs one lookup per class it reaches. The data may add classes, so make one per
 * read transaction. Not thread-safe.
 */
public final class ClassHierarchy {

    private static final Node SUBCLASS = RDFS.subClassOf.asNode();

    private final Graph graph;
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<Node, Set<Node>> subClasses = new HashMap<>();
    private final Map<Node, Optional<NearestKind>> nearestKinds = new HashMap<>();

    /** Returns the hierarchy of a graph of the data joined with the terms. */
    public ClassHierarchy(Graph graph) {
        this.graph = graph;
    }

    /** Returns the class and every class above it, nearest first. */
    public Set<Node> superClasses(Node type) {
        return superClasses.computeIfAbsent(type, t -> walk(t, true));
    }

    /** Returns the class and every class below it, nearest first. */
    public Set<Node> subClasses(Node type) {
        return subClasses.computeIfAbsent(type, t -> walk(t, false));
    }

    /**
     * Returns the IRI of the most specific of some types: one that no other type is strictly below;
     * of several, the smallest IRI. Types on a cycle are equally specific, so a cycle still yields
     * one of them. Empty text when there are no types.
     */
    public String mostSpecific(Collection<Node> types) {
        return types.stream()
                .filter(t -> types.stream().noneMatch(other -> strictlyBelow(other, t)))
                .map(Node::getURI)
                .min(Comparator.naturalOrder())
                .orElse("");
    }

    /**
     * Returns the kind of a resource with these types: the kind of the nearest class, up from its
     * types, that belongs to one; among equally near ones, the first kind in declaration order.
     * Empty when no class above the types belongs to a kind.
     */
    public Optional<Ref.Kind> kind(Collection<Node> types) {
        return types.stream()
                .map(this::nearestKind)
                .flatMap(Optional::stream)
                .min(
                        Comparator.comparingInt(NearestKind::distance)
                                .thenComparing(NearestKind::kind))
                .map(NearestKind::kind);
    }

    /**
     * Returns the IRIs of a class and of every class above it in a graph, without keeping them: for
     * callers that keep their own.
     */
    public static Set<String> superClassIris(Graph graph, String type) {
        return new ClassHierarchy(graph)
                .walk(NodeFactory.createURI(type), true).stream()
                        .map(Node::getURI)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private boolean strictlyBelow(Node sub, Node sup) {
        return !sub.equals(sup)
                && superClasses(sub).contains(sup)
                && !superClasses(sup).contains(sub);
    }

    private Optional<NearestKind> nearestKind(Node type) {
        return nearestKinds.computeIfAbsent(type, this::findNearestKind);
    }

    /** Walks up level by level, so that the distance of the kind found is known. */
    private Optional<NearestKind> findNearestKind(Node type) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> level = List.of(type);
        for (int distance = 0; !level.isEmpty(); distance++) {
            Optional<Ref.Kind> kind =
                    level.stream()
                            .map(c -> Ref.Kind.ofClass(c.getURI()))
                            .flatMap(Optional::stream)
                            .min(Comparator.naturalOrder());
            if (kind.isPresent()) {
                return Optional.of(new NearestKind(kind.get(), distance));
            }
            seen.addAll(level);
            level =
                    level.stream()
                            .flatMap(c -> neighbours(c, true).stream())
                            .filter(c -> !seen.contains(c))
                            .distinct()
                            .toList();
        }
        return Optional.empty();
    }

    private Set<Node> walk(Node type, boolean up) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Node next = queue.removeFirst();
            if (seen.add(next)) {
                queue.addAll(neighbours(next, up));
            }
        }
        return seen;
    }

    /** Returns the IRI-named classes directly above or below a class. */
    private List<Node> neighbours(Node type, boolean up) {
        return up
                ? graph.find(type, SUBCLASS, Node.ANY)
                        .mapWith(Triple::getObject)
                        .filterKeep(Node::isURI)
                        .toList()
                : graph.find(Node.ANY, SUBCLASS, type)
                        .mapWith(Triple::getSubject)
                        .filterKeep(Node::isURI)
                        .toList();
    }

    private record NearestKind(Ref.Kind kind, int distance) {}
}
