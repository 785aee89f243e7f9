package org.designregistry.model.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.Ref;

/**
 * Finds resources by kind and identifier or label, in the registry graph and among a plan's own
 * resources: each kind is indexed once, on first use, by one scan of its instances.
 */
final class Targets {

    private static final Node IDENTIFIER = DCTerms.identifier.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private final Graph data;
    private final Map<Ref.Kind, Map<String, Node>> byIdentifier = new EnumMap<>(Ref.Kind.class);
    private final Map<Ref.Kind, Map<String, Set<Node>>> byLabel = new EnumMap<>(Ref.Kind.class);
    private final Map<String, PlannedResource> planned = new HashMap<>();
    private final String baseIri;

    Targets(Graph data, String baseIri, List<PlannedResource> resources) {
        this.data = data;
        this.baseIri = baseIri;
        resources.forEach(r -> planned.put(r.key(), r));
    }

    /** Returns the stored resource of this kind and identifier, or empty. */
    Optional<Node> stored(Ref.Kind kind, String identifier) {
        return Optional.ofNullable(identifiers(kind).get(identifier));
    }

    /** Returns the IRI of a planned or stored resource: the stored one's, or a minted one. */
    Node nodeOf(Ref.Kind kind, String identifier) {
        return stored(kind, identifier)
                .orElseGet(
                        () -> NodeFactory.createURI(baseIri + kind.kindName() + "/" + identifier));
    }

    /**
     * Returns the resources a target names: none when unknown, several when a label is ambiguous.
     */
    List<Node> resolve(LinkTarget target) {
        if (target.match() == LinkTarget.Match.IDENTIFIER) {
            boolean known =
                    planned.containsKey(target.kind().kindName() + ":" + target.key())
                            || identifiers(target.kind()).containsKey(target.key());
            return known ? List.of(nodeOf(target.kind(), target.key())) : List.of();
        }
        return List.copyOf(labels(target.kind()).getOrDefault(normal(target.key()), Set.of()));
    }

    private Map<String, Node> identifiers(Ref.Kind kind) {
        return byIdentifier.computeIfAbsent(kind, this::indexIdentifiers);
    }

    private Map<String, Node> indexIdentifiers(Ref.Kind kind) {
        Map<String, Node> index = new HashMap<>();
        for (Node node : instances(kind)) {
            data.find(node, IDENTIFIER, Node.ANY)
                    .forEach(
                            t -> {
                                if (t.getObject().isLiteral()) {
                                    index.putIfAbsent(t.getObject().getLiteralLexicalForm(), node);
                                }
                            });
        }
        return index;
    }

    private Map<String, Set<Node>> labels(Ref.Kind kind) {
        return byLabel.computeIfAbsent(kind, this::indexLabels);
    }

    private Map<String, Set<Node>> indexLabels(Ref.Kind kind) {
        // The plan's labels replace the stored ones of the resources it states.
        Map<Node, List<Node>> plannedLabels = new HashMap<>();
        for (PlannedResource resource : planned.values()) {
            if (resource.kind() == kind) {
                for (PlannedResource.PlannedValue value : resource.values()) {
                    if (value.property().equals(LABEL)) {
                        plannedLabels.put(nodeOf(kind, resource.identifier()), value.values());
                    }
                }
            }
        }
        Map<String, Set<Node>> index = new HashMap<>();
        for (Node node : instances(kind)) {
            if (!plannedLabels.containsKey(node)) {
                data.find(node, LABEL, Node.ANY).forEach(t -> add(index, t.getObject(), node));
            }
        }
        plannedLabels.forEach((node, labels) -> labels.forEach(label -> add(index, label, node)));
        return index;
    }

    private static void add(Map<String, Set<Node>> index, Node label, Node node) {
        if (label.isLiteral()) {
            index.computeIfAbsent(normal(label.getLiteralLexicalForm()), k -> new LinkedHashSet<>())
                    .add(node);
        }
    }

    private List<Node> instances(Ref.Kind kind) {
        List<Node> nodes = new ArrayList<>();
        for (String classIri : kind.classIris()) {
            data.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(classIri))
                    .forEach(t -> nodes.add(t.getSubject()));
        }
        return nodes;
    }

    private static String normal(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
