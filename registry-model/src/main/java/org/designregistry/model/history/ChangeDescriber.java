package org.designregistry.model.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.RegistryOntology;

/**
 * Labels the triples of changes and turns them into differences per property, reading labels from
 * the current data joined with the terms; call inside a read transaction.
 */
final class ChangeDescriber {

    private static final Graph TERMS = RegistryOntology.terms().getGraph();

    private final ResourceReader labels;

    ChangeDescriber(Graph data) {
        this.labels = new ResourceReader(new Union(data, TERMS), data);
    }

    ChangeDetails details(ChangeRecord record, ChangePatch patch) {
        return new ChangeDetails(record, labelled(patch.added()), labelled(patch.removed()));
    }

    /**
     * Returns the differences a patch makes to a resource: its own properties, then links to it.
     */
    List<Difference> differences(ChangePatch patch, Node resource) {
        Map<Node, List<Node>> before = new LinkedHashMap<>();
        Map<Node, List<Node>> after = new LinkedHashMap<>();
        Map<Node, List<Node>> from = new LinkedHashMap<>();
        Map<Node, List<Node>> to = new LinkedHashMap<>();
        collect(patch.removed(), resource, before, from);
        collect(patch.added(), resource, after, to);
        List<Difference> differences = new ArrayList<>();
        for (Node property : keys(before, after)) {
            differences.add(difference(property, false, before, after));
        }
        for (Node property : keys(from, to)) {
            differences.add(difference(property, true, from, to));
        }
        return differences;
    }

    private Difference difference(
            Node property, boolean incoming, Map<Node, List<Node>> old, Map<Node, List<Node>> now) {
        return new Difference(
                label(property),
                incoming,
                labels(old.getOrDefault(property, List.of())),
                labels(now.getOrDefault(property, List.of())));
    }

    private static void collect(
            List<Triple> triples,
            Node resource,
            Map<Node, List<Node>> own,
            Map<Node, List<Node>> incoming) {
        for (Triple t : triples) {
            if (t.getSubject().equals(resource)) {
                own.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
            } else if (t.getObject().equals(resource)) {
                incoming.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                        .add(t.getSubject());
            }
        }
    }

    private List<Node> keys(Map<Node, List<Node>> a, Map<Node, List<Node>> b) {
        List<Node> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        keys.sort(Comparator.comparing(k -> label(k).label()));
        return keys;
    }

    private List<LabelledTriple> labelled(List<Triple> triples) {
        return triples.stream()
                .map(
                        t ->
                                new LabelledTriple(
                                        label(t.getSubject()),
                                        label(t.getPredicate()),
                                        label(t.getObject())))
                .toList();
    }

    private List<Labelled> labels(List<Node> nodes) {
        return nodes.stream().map(this::label).toList();
    }

    private Labelled label(Node node) {
        if (node.isURI()) {
            return new Labelled(node.getURI(), labels.label(node), true);
        }
        if (node.isLiteral()) {
            return new Labelled(node.getLiteralLexicalForm(), node.getLiteralLexicalForm(), false);
        }
        String blank = "_:" + node.getBlankNodeLabel();
        return new Labelled(blank, blank, false);
    }
}
