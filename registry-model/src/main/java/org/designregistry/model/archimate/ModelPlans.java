package org.designregistry.model.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.LinkTarget;
import org.designregistry.model.imports.Location;
import org.designregistry.model.imports.PlannedResource;
import org.designregistry.model.imports.PlannedResource.PlannedLink;
import org.designregistry.model.imports.PlannedResource.PlannedValue;
import org.designregistry.ontology.ArchiMate;

/**
 * Turns an {@link ExchangeModel} into an {@link ImportPlan}: one resource per element, keyed by its
 * kind and the model's identifier for it, owning its type, label, documentation, folder,
 * properties, model and every ArchiMate relation out of it; and a removal for each element that an
 * earlier import of the same model stored and the model no longer holds.
 */
final class ModelPlans {

    private ModelPlans() {}

    /**
     * Returns the plan of a model against the registry graph {@code data}, which is read for the
     * elements earlier imports of the model stored.
     */
    static ImportPlan plan(ExchangeModel model, String source, Graph data) {
        Map<String, ExchangeModel.Element> byId = new LinkedHashMap<>();
        model.elements().forEach(e -> byId.put(e.identifier(), e));
        Map<String, Map<Property, List<LinkTarget>>> links = new HashMap<>();
        for (ExchangeModel.Relationship r : model.relationships()) {
            Property relation = RelationshipTypes.relation(r.type(), r.accessType()).orElseThrow();
            ExchangeModel.Element target = byId.get(r.target());
            List<LinkTarget> targets =
                    links.computeIfAbsent(r.source(), s -> new HashMap<>())
                            .computeIfAbsent(relation, p -> new ArrayList<>());
            LinkTarget link = LinkTarget.byIdentifier(kind(target.type()), target.identifier());
            if (!targets.contains(link)) {
                targets.add(link);
            }
        }
        ImportPlan.Builder plan = ImportPlan.builder(source);
        for (ExchangeModel.Element e : model.elements()) {
            plan.resource(resource(model, e, links.getOrDefault(e.identifier(), Map.of())));
        }
        for (Map.Entry<String, Ref.Kind> gone :
                storedElements(data, model.identifier()).entrySet()) {
            if (!byId.containsKey(gone.getKey())) {
                plan.remove(
                        new ImportPlan.Removal(
                                gone.getValue(), gone.getKey(), Location.element(gone.getKey())));
            }
        }
        return plan.build();
    }

    private static PlannedResource resource(
            ExchangeModel model, ExchangeModel.Element e, Map<Property, List<LinkTarget>> links) {
        Location at = Location.element(e.identifier());
        List<PlannedValue> values =
                List.of(
                        value(
                                RDF.type.asNode(),
                                List.of(ArchiMate.elementClass(e.type()).asNode()),
                                at),
                        value(RDFS.label.asNode(), List.of(literal(e.name())), at),
                        value(
                                DCTerms.description.asNode(),
                                e.documentation().map(ModelPlans::literal).stream().toList(),
                                at),
                        value(
                                ArchiMate.folder.asNode(),
                                e.folder().isEmpty()
                                        ? List.of()
                                        : List.of(
                                                literal(
                                                        String.join(
                                                                GraphModel.FOLDER_SEPARATOR,
                                                                e.folder()))),
                                at),
                        value(
                                ArchiMate.property.asNode(),
                                e.properties().stream().map(ModelPlans::literal).toList(),
                                at),
                        value(ArchiMate.model.asNode(), List.of(literal(model.identifier())), at));
        List<PlannedLink> planned = new ArrayList<>();
        for (Property relation : RelationshipTypes.ALL) {
            planned.add(
                    new PlannedLink(
                            relation.asNode(), links.getOrDefault(relation, List.of()), at));
        }
        return new PlannedResource(kind(e.type()), e.identifier(), at, values, planned, List.of());
    }

    /** Returns the identifiers and kinds of the elements stored from a model. */
    private static Map<String, Ref.Kind> storedElements(Graph data, String modelIdentifier) {
        Map<String, Ref.Kind> stored = new LinkedHashMap<>();
        Set<Node> subjects =
                data.find(
                                Node.ANY,
                                ArchiMate.model.asNode(),
                                NodeFactory.createLiteralString(modelIdentifier))
                        .mapWith(Triple::getSubject)
                        .toSet();
        for (Node subject : subjects) {
            Optional<Ref.Kind> kind =
                    data
                            .find(subject, RDF.type.asNode(), Node.ANY)
                            .mapWith(Triple::getObject)
                            .filterKeep(Node::isURI)
                            .mapWith(Node::getURI)
                            .filterKeep(iri -> iri.startsWith(ArchiMate.NS))
                            .toList()
                            .stream()
                            .map(Ref.Kind::ofClass)
                            .flatMap(Optional::stream)
                            .findFirst();
            List<String> ids =
                    data.find(subject, DCTerms.identifier.asNode(), Node.ANY)
                            .mapWith(Triple::getObject)
                            .filterKeep(Node::isLiteral)
                            .mapWith(Node::getLiteralLexicalForm)
                            .toList();
            if (kind.isPresent() && ids.size() == 1) {
                stored.put(ids.get(0), kind.get());
            }
        }
        return stored.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(
                        Collectors.toMap(
                                Map.Entry::getKey,
                                Map.Entry::getValue,
                                (a, b) -> a,
                                LinkedHashMap::new));
    }

    /** Returns the kind of an element type: process, interface, data item ... or element. */
    static Ref.Kind kind(String elementType) {
        return Ref.Kind.ofClass(ArchiMate.elementClass(elementType).getURI()).orElseThrow();
    }

    private static PlannedValue value(Node property, List<Node> values, Location at) {
        return new PlannedValue(property, values, at);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
