package org.designregistry.model.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.TermLimits;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.imports.ImportPlan.Removal;
import org.designregistry.model.imports.ItemPreview.Outcome;
import org.designregistry.model.imports.ItemPreview.PropertyChange;
import org.designregistry.model.imports.PlannedResource.PlannedLink;
import org.designregistry.model.imports.PlannedResource.PlannedValue;

/**
 * Compares a plan with the registry graph: per resource its outcome and changes, and the triples to
 * add and remove for the resources that are not refused. Reads the graph only; {@link #apply}
 * writes.
 */
final class PlanDiff {

    private final Graph data;
    private final Targets targets;
    private final TermLimits limits;
    private final boolean mayRecordDecisions;
    private final ValueText text;
    private final List<ItemPreview> items = new ArrayList<>();
    private final List<Triple> adds = new ArrayList<>();
    private final List<Triple> removes = new ArrayList<>();

    /** Where each resource's values are, by resource and property, to locate violations. */
    private final Map<Node, Map<Node, Location>> locations = new HashMap<>();

    /** The item of each resource, by its node. */
    private final Map<Node, Integer> itemOf = new HashMap<>();

    private PlanDiff(
            Graph data, ImportPlan plan, String baseIri, TermLimits limits, boolean rights) {
        this.data = data;
        this.targets = new Targets(data, baseIri, plan.resources());
        this.limits = limits;
        this.mayRecordDecisions = rights;
        this.text = new ValueText(data);
    }

    /** Returns the comparison of {@code plan} with {@code data}, which it only reads. */
    static PlanDiff compute(
            Graph data, ImportPlan plan, String baseIri, TermLimits limits, boolean rights) {
        PlanDiff diff = new PlanDiff(data, plan, baseIri, limits, rights);
        plan.resources().forEach(diff::compare);
        plan.removals().forEach(diff::remove);
        return diff;
    }

    List<ItemPreview> items() {
        return items;
    }

    /** Returns the triples the committable items add. */
    List<Triple> adds() {
        return adds;
    }

    /** Returns the triples the committable items remove. */
    List<Triple> removes() {
        return removes;
    }

    /** Returns the index of the item of a resource, or null when the plan does not state it. */
    Integer itemOf(Node node) {
        return itemOf.get(node);
    }

    /** Returns where the plan states a resource's values of a property, or null. */
    Map<Node, Location> locationsOf(Node node) {
        return locations.getOrDefault(node, Map.of());
    }

    /** Applies the committable items' changes to {@code graph}. */
    void apply(Graph graph) {
        removes.forEach(graph::delete);
        adds.forEach(graph::add);
    }

    /**
     * Returns the graph {@link #apply} would leave {@code data}, as a read-only view that keeps the
     * changes in memory and reads the rest from {@code data}, which it never changes. The additions
     * are not in {@code data} and the removals are (the diff was computed from it), so the view
     * needs no lookup in {@code data} to build.
     */
    Graph over(Graph data) {
        Graph added = GraphFactory.createGraphMem();
        adds.forEach(added::add);
        Graph removed = GraphFactory.createGraphMem();
        removes.forEach(removed::add);
        return new GraphReadOnly(new Difference(new Union(added, data), removed));
    }

    private void compare(PlannedResource resource) {
        Node node = targets.nodeOf(resource.kind(), resource.identifier());
        boolean created = targets.stored(resource.kind(), resource.identifier()).isEmpty();
        List<Refusal> refusals = new ArrayList<>(resource.problems());
        List<Triple> toAdd = new ArrayList<>();
        List<Triple> toRemove = new ArrayList<>();
        List<PropertyChange> changes = new ArrayList<>();
        Map<Node, Location> where = new HashMap<>();
        if (created && data.contains(node, Node.ANY, Node.ANY)) {
            refusals.add(
                    new Refusal(
                            resource.location(),
                            "the IRI "
                                    + node.getURI()
                                    + " is taken by a resource that is not a "
                                    + resource.kind().kindName()));
        }
        if (created && !statesType(resource)) {
            // A source that states rdf:type (an ArchiMate element type) gives the class itself.
            toAdd.add(Triple.create(node, RDF.type.asNode(), uri(resource.kind().classIri())));
        }
        if (created) {
            toAdd.add(
                    Triple.create(
                            node,
                            DCTerms.identifier.asNode(),
                            NodeFactory.createLiteralString(resource.identifier())));
        }
        for (PlannedValue value : resource.values()) {
            where.put(value.property(), value.location());
            compareValues(node, value.property(), value.values(), toAdd, toRemove, changes);
        }
        for (PlannedLink link : resource.links()) {
            where.put(link.relation(), link.location());
            List<Node> resolved = new ArrayList<>();
            for (LinkTarget target : link.targets()) {
                List<Node> found = targets.resolve(target);
                if (found.size() == 1) {
                    resolved.add(found.get(0));
                } else {
                    refusals.add(new Refusal(link.location(), unresolved(target, found.size())));
                }
            }
            compareValues(node, link.relation(), resolved, toAdd, toRemove, changes);
        }
        checkLimits(toAdd, where, resource.location(), refusals);
        boolean changing = created || !changes.isEmpty();
        if (changing && resource.kind() == Ref.Kind.DECISION && !mayRecordDecisions) {
            refusals.add(
                    new Refusal(
                            resource.location(),
                            "only those who may record decisions may import decision "
                                    + resource.identifier()));
        }
        Outcome outcome =
                !refusals.isEmpty()
                        ? Outcome.REFUSED
                        : created
                                ? Outcome.CREATED
                                : changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
        if (outcome != Outcome.REFUSED) {
            adds.addAll(toAdd);
            removes.addAll(toRemove);
        }
        locations.put(node, where);
        itemOf.put(node, items.size());
        items.add(
                new ItemPreview(
                        resource.key(),
                        node.getURI(),
                        outcome,
                        resource.location(),
                        changes,
                        refusals));
    }

    private void compareValues(
            Node node,
            Node property,
            List<Node> wanted,
            List<Triple> toAdd,
            List<Triple> toRemove,
            List<PropertyChange> changes) {
        Set<Node> before = new LinkedHashSet<>();
        data.find(node, property, Node.ANY).forEach(t -> before.add(t.getObject()));
        Set<Node> after = new LinkedHashSet<>();
        for (Node value : wanted) {
            after.add(sameText(before, value));
        }
        if (before.equals(after)) {
            return;
        }
        before.stream()
                .filter(v -> !after.contains(v))
                .forEach(v -> toRemove.add(Triple.create(node, property, v)));
        after.stream()
                .filter(v -> !before.contains(v))
                .forEach(v -> toAdd.add(Triple.create(node, property, v)));
        changes.add(
                new PropertyChange(text.name(property), text.values(before), text.values(after)));
    }

    /**
     * Returns the stored value when it is the wanted plain text with a language tag, so that an
     * import of a label does not drop its tag.
     */
    private static Node sameText(Set<Node> stored, Node wanted) {
        if (wanted.isLiteral() && wanted.getLiteralLanguage().isEmpty()) {
            for (Node old : stored) {
                if (old.isLiteral()
                        && !old.getLiteralLanguage().isEmpty()
                        && old.getLiteralLexicalForm().equals(wanted.getLiteralLexicalForm())) {
                    return old;
                }
            }
        }
        return wanted;
    }

    private void checkLimits(
            List<Triple> triples, Map<Node, Location> where, Location row, List<Refusal> refusals) {
        for (Triple triple : triples) {
            try {
                limits.check(null, triple.getSubject(), triple.getPredicate(), triple.getObject());
            } catch (TermTooLongException e) {
                refusals.add(
                        new Refusal(
                                where.getOrDefault(triple.getPredicate(), row), e.getMessage()));
            }
        }
    }

    private void remove(Removal removal) {
        Node node = targets.stored(removal.kind(), removal.identifier()).orElse(null);
        String key = removal.kind().kindName() + ":" + removal.identifier();
        if (node == null) {
            Node minted = targets.nodeOf(removal.kind(), removal.identifier());
            items.add(
                    new ItemPreview(
                            key,
                            minted.getURI(),
                            Outcome.UNCHANGED,
                            removal.location(),
                            List.of(),
                            List.of()));
            return;
        }
        List<Refusal> refusals = new ArrayList<>();
        if (removal.kind() == Ref.Kind.DECISION && !mayRecordDecisions) {
            refusals.add(
                    new Refusal(
                            removal.location(),
                            "only those who may record decisions may remove decision "
                                    + removal.identifier()));
        }
        Map<Node, Set<Node>> stated =
                new java.util.TreeMap<>(java.util.Comparator.comparing(Node::toString));
        List<Triple> all = new ArrayList<>();
        data.find(node, Node.ANY, Node.ANY)
                .forEach(
                        t -> {
                            all.add(t);
                            stated.computeIfAbsent(t.getPredicate(), p -> new LinkedHashSet<>())
                                    .add(t.getObject());
                        });
        data.find(Node.ANY, Node.ANY, node)
                .filterDrop(t -> t.getSubject().equals(node))
                .forEach(all::add);
        List<PropertyChange> changes = new ArrayList<>();
        stated.forEach(
                (p, values) ->
                        changes.add(
                                new PropertyChange(text.name(p), text.values(values), List.of())));
        if (refusals.isEmpty()) {
            removes.addAll(all);
        }
        itemOf.put(node, items.size());
        items.add(
                new ItemPreview(
                        key,
                        node.getURI(),
                        refusals.isEmpty() ? Outcome.REMOVED : Outcome.REFUSED,
                        removal.location(),
                        changes,
                        refusals));
    }

    private static String unresolved(LinkTarget target, int found) {
        String by = target.match() == LinkTarget.Match.IDENTIFIER ? "identifier" : "label";
        return found == 0
                ? "unknown link target: no "
                        + target.kind().kindName()
                        + " has the "
                        + by
                        + " '"
                        + target.key()
                        + "'"
                : "ambiguous link target: "
                        + found
                        + " "
                        + target.kind().kindName()
                        + "s have the label '"
                        + target.key()
                        + "'; name it by its identifier";
    }

    private static boolean statesType(PlannedResource resource) {
        return resource.values().stream()
                .anyMatch(v -> v.property().equals(RDF.type.asNode()) && !v.values().isEmpty());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
