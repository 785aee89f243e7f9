package org.designregistry.model.archimate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.ArchiMate;

/**
 * Reads the ArchiMate elements a registry graph holds, and the relations between them, back into an
 * {@link ExchangeModel} for export: the inverse of what an import stores.
 */
final class GraphModel {

    /** The separator of folder labels in {@code archimate:folder}. */
    static final String FOLDER_SEPARATOR = " / ";

    private GraphModel() {}

    /** Returns the elements that the selection keeps, and the relationships between them. */
    static ExchangeModel of(Graph data, ArchiMateExport selection) {
        Map<Node, ExchangeModel.Element> elements = new HashMap<>();
        for (String type : ArchiMate.ELEMENT_TYPES) {
            if (!selection.keepsType(type)) {
                continue;
            }
            Node typeNode = ArchiMate.elementClass(type).asNode();
            for (Node subject :
                    data.find(Node.ANY, RDF.type.asNode(), typeNode)
                            .mapWith(Triple::getSubject)
                            .toList()) {
                if (elements.containsKey(subject) || !keepsModel(data, subject, selection)) {
                    continue;
                }
                first(data, subject, DCTerms.identifier.asNode())
                        .ifPresent(id -> elements.put(subject, element(data, subject, id, type)));
            }
        }
        List<ExchangeModel.Relationship> relationships = new ArrayList<>();
        for (Map.Entry<Node, ExchangeModel.Element> source : elements.entrySet()) {
            for (Property relation : RelationshipTypes.ALL) {
                RelationshipTypes.Type type = RelationshipTypes.type(relation).orElseThrow();
                data.find(source.getKey(), relation.asNode(), Node.ANY)
                        .mapWith(Triple::getObject)
                        .filterKeep(elements::containsKey)
                        .forEach(
                                target ->
                                        relationships.add(
                                                relationship(
                                                        source.getValue().identifier(),
                                                        type,
                                                        elements.get(target).identifier())));
            }
        }
        relationships.sort(
                Comparator.comparing(ExchangeModel.Relationship::source)
                        .thenComparing(ExchangeModel.Relationship::type)
                        .thenComparing(ExchangeModel.Relationship::target)
                        .thenComparing(ExchangeModel.Relationship::identifier));
        List<ExchangeModel.Element> sorted = new ArrayList<>(elements.values());
        sorted.sort(Comparator.comparing(ExchangeModel.Element::identifier));
        return new ExchangeModel(
                selection.model().orElse("id-design-registry"),
                selection.name(),
                sorted,
                relationships);
    }

    private static boolean keepsModel(Graph data, Node subject, ArchiMateExport selection) {
        return selection.model().isEmpty()
                || data.contains(
                        subject,
                        ArchiMate.model.asNode(),
                        NodeFactory.createLiteralString(selection.model().get()));
    }

    private static ExchangeModel.Element element(Graph data, Node subject, String id, String type) {
        List<String> properties =
                data.find(subject, ArchiMate.property.asNode(), Node.ANY)
                        .mapWith(Triple::getObject)
                        .filterKeep(Node::isLiteral)
                        .mapWith(Node::getLiteralLexicalForm)
                        .toList();
        List<String> sortedProperties = properties.stream().sorted().toList();
        List<String> folder =
                first(data, subject, ArchiMate.folder.asNode())
                        .map(f -> Arrays.asList(f.split(FOLDER_SEPARATOR, -1)))
                        .orElse(List.of());
        return new ExchangeModel.Element(
                id,
                type,
                first(data, subject, RDFS.label.asNode()).orElse(id),
                first(data, subject, DCTerms.description.asNode()),
                sortedProperties,
                folder);
    }

    /**
     * Returns a relationship whose identifier is made from its ends and type, so that exporting the
     * same graph twice gives the same identifiers.
     */
    private static ExchangeModel.Relationship relationship(
            String source, RelationshipTypes.Type type, String target) {
        String key =
                source + "|" + type.xsiType() + "|" + type.accessType().orElse("") + "|" + target;
        String id = "id-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        return new ExchangeModel.Relationship(
                id, type.xsiType(), source, target, type.accessType());
    }

    /** Returns the smallest literal value of a property, so that a choice is the same each time. */
    private static Optional<String> first(Graph data, Node subject, Node property) {
        return data
                .find(subject, property, Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm)
                .toList()
                .stream()
                .min(Comparator.naturalOrder());
    }
}
