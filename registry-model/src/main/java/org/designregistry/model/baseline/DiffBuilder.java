package org.designregistry.model.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.BaselineDiff.Group;
import org.designregistry.model.baseline.BaselineDiff.ResourceDiff;
import org.designregistry.model.baseline.BaselineDiff.Side;
import org.designregistry.model.baseline.BaselineDiff.Status;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.history.ChangeHistory;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.Difference;
import org.designregistry.model.history.Labelled;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;

/**
 * Builds a {@link BaselineDiff} inside a read transaction; frozen baselines' own records are left
 * out. It composes the patches between the two sides' changes ({@link NetPatch}): the cost is
 * proportional to the changes in between, plus a few index lookups per resource that differs, and
 * not to the size of the registry.
 */
final class DiffBuilder {

    private static final Graph TERMS = RegistryOntology.terms().getGraph();

    private final Registry registry;
    private final StateCache states;

    DiffBuilder(Registry registry, StateCache states) {
        this.registry = registry;
        this.states = states;
    }

    BaselineDiff build(Baseline a, Optional<Baseline> b) {
        ChangeHistory history = registry.history();
        long latest = history.latest();
        Side from = new Side(a.name(), a.label(), a.change());
        Side to =
                b.map(x -> new Side(x.name(), x.label(), x.change()))
                        .orElse(new Side(Side.CURRENT, "the registry now", latest));
        boolean forward = from.change() <= to.change();
        long early = Math.min(from.change(), to.change());
        long late = Math.max(from.change(), to.change());
        Graph lateGraph = states.since(history, late).undoOn(registry.dataset().getDefaultGraph());
        NetPatch net = states.between(history, early, late);
        Graph earlyGraph = net.undoOn(lateGraph);
        Graph fromGraph = forward ? earlyGraph : lateGraph;
        Graph toGraph = forward ? lateGraph : earlyGraph;
        Sides sides = new Sides(fromGraph, toGraph);

        List<ResourceDiff> resources = new ArrayList<>();
        Set<Long> numbers = new TreeSet<>();
        for (Node subject : net.subjects()) {
            if (!subject.isURI() || isBaselineRecord(subject, fromGraph, toGraph)) {
                continue;
            }
            List<Triple> before =
                    forward ? about(net.removed(), subject) : about(net.added(), subject);
            List<Triple> after =
                    forward ? about(net.added(), subject) : about(net.removed(), subject);
            resources.add(sides.resource(subject, before, after, net.changesOf(subject)));
            numbers.addAll(net.changesOf(subject));
        }
        resources.sort(
                Comparator.comparing(ResourceDiff::status)
                        .thenComparing(ResourceDiff::kind)
                        .thenComparing(ResourceDiff::label));
        List<ChangeRecord> changes = new ArrayList<>();
        numbers.forEach(n -> history.get(n).ifPresent(changes::add));
        return new BaselineDiff(from, to, resources, groups(resources), changes);
    }

    /**
     * Returns true for a frozen baseline's own record: bookkeeping about the registry rather than
     * part of its design, and left out so that the baselines compared do not show as changes.
     */
    private static boolean isBaselineRecord(Node subject, Graph from, Graph to) {
        return from.contains(subject, BaselineTerms.FROZEN_AT, Node.ANY)
                || to.contains(subject, BaselineTerms.FROZEN_AT, Node.ANY);
    }

    private static List<Triple> about(Set<Triple> triples, Node subject) {
        return triples.stream().filter(t -> t.getSubject().equals(subject)).toList();
    }

    private static List<Group> groups(List<ResourceDiff> resources) {
        Map<List<String>, int[]> counts =
                new TreeMap<>(Comparator.comparing(k -> k.get(0) + "\u0000" + k.get(1)));
        for (ResourceDiff r : resources) {
            int[] count =
                    counts.computeIfAbsent(List.of(r.kind(), r.workstream()), k -> new int[3]);
            count[r.status().ordinal()]++;
        }
        List<Group> groups = new ArrayList<>();
        counts.forEach((k, c) -> groups.add(new Group(k.get(0), k.get(1), c[0], c[1], c[2])));
        return groups;
    }

    /** The two sides' graphs, read with their labels and kinds. */
    private static final class Sides {
        private final ResourceReader from;
        private final ResourceReader to;

        Sides(Graph fromGraph, Graph toGraph) {
            this.from = new ResourceReader(new Union(fromGraph, TERMS), fromGraph);
            this.to = new ResourceReader(new Union(toGraph, TERMS), toGraph);
        }

        ResourceDiff resource(
                Node subject, List<Triple> before, List<Triple> after, Set<Long> changes) {
            boolean was = !from.types(subject).isEmpty();
            boolean is = !to.types(subject).isEmpty();
            Status status =
                    !was && is ? Status.ADDED : was && !is ? Status.REMOVED : Status.CHANGED;
            ResourceReader side = status == Status.REMOVED ? from : to;
            Map<Node, List<Node>> old = byPredicate(before);
            Map<Node, List<Node>> now = byPredicate(after);
            Set<Node> properties = new java.util.LinkedHashSet<>(old.keySet());
            properties.addAll(now.keySet());
            List<Difference> differences = new ArrayList<>();
            for (Node property : properties) {
                differences.add(
                        new Difference(
                                labelled(property),
                                false,
                                labels(old.getOrDefault(property, List.of())),
                                labels(now.getOrDefault(property, List.of()))));
            }
            differences.sort(Comparator.comparing(d -> d.property().label()));
            String workstream =
                    side.related(subject, DR.ownedBy, DR.ownerOf).stream()
                            .map(ref -> ref.label())
                            .sorted()
                            .collect(Collectors.joining(", "));
            return new ResourceDiff(
                    subject.getURI(),
                    side.identifier(subject),
                    side.label(subject),
                    side.kind(subject).map(Ref.Kind::kindName).orElse("other"),
                    workstream,
                    status,
                    differences,
                    List.copyOf(changes));
        }

        private static Map<Node, List<Node>> byPredicate(List<Triple> triples) {
            Map<Node, List<Node>> map = new LinkedHashMap<>();
            triples.forEach(
                    t ->
                            map.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                                    .add(t.getObject()));
            return map;
        }

        private List<Labelled> labels(List<Node> nodes) {
            return nodes.stream().map(this::labelled).toList();
        }

        private Labelled labelled(Node node) {
            if (node.isURI()) {
                ResourceReader side = to.isDescribed(node) || !from.isDescribed(node) ? to : from;
                return new Labelled(node.getURI(), side.label(node), true);
            }
            if (node.isLiteral()) {
                return new Labelled(
                        node.getLiteralLexicalForm(), node.getLiteralLexicalForm(), false);
            }
            String blank = "_:" + node.getBlankNodeLabel();
            return new Labelled(blank, blank, false);
        }
    }
}
