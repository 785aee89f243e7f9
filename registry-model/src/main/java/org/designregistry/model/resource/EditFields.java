package org.designregistry.model.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.designregistry.model.internal.ClassHierarchy;
import org.designregistry.model.internal.Labels;
import org.designregistry.ontology.RegistryOntology;

/**
 * Reads the fields of resources' edit forms from the SHACL shapes, so that a form asks for what
 * validation will check: the property shapes of every node shape that targets one of a resource's
 * classes (or a superclass) or the subjects of a property, one field per property.
 *
 * <p>A field's kind follows its shape: {@code sh:datatype} gives text, a date or a boolean; {@code
 * sh:node} to a shape that requires {@code skos:inScheme} of one scheme gives a concept of that
 * scheme; {@code sh:class}, or {@code sh:or} of {@code sh:class}es, gives a link. The label and the
 * identifier have no field: a form asks for the label on its own, and an identifier never changes.
 * Paths that only go backwards ({@code ^dr:produces}) have no field either; they are edited from
 * the other resource.
 *
 * <p>Fields come in a stable order: by {@code sh:order} where the shapes give one, then values,
 * concepts and links, required before optional, then by name.
 *
 * <pre>{@code
 * List<EditField> fields = EditFields.standard().forTypes(List.of(DR.DesignArtefact.getURI()));
 * }</pre>
 */
public final class EditFields {

    private static final EditFields STANDARD =
            new EditFields(RegistryOntology.shapes(), RegistryOntology.terms().getGraph());

    /** Values first, then concepts, then links; required before optional; then by name. */
    private static final Comparator<EditField> ORDER =
            Comparator.comparingInt((EditField f) -> group(f.kind()))
                    .thenComparing(f -> !f.required())
                    .thenComparing(EditField::name);

    private static final List<String> DESCRIPTIVE =
            List.of(
                    DCTerms.description.getURI(),
                    DCTerms.source.getURI(),
                    SKOS.definition.getURI(),
                    SKOS.note.getURI(),
                    SKOS.altLabel.getURI(),
                    RDFS.comment.getURI());

    private static final Set<Node> NOT_FIELDS =
            Set.of(RDFS.label.asNode(), DCTerms.identifier.asNode());

    private final Graph shapes;
    private final Graph terms;

    private EditFields(Graph shapes, Graph terms) {
        this.shapes = shapes;
        this.terms = terms;
    }

    /** Returns the fields the registry's own shapes and terms give. */
    public static EditFields standard() {
        return STANDARD;
    }

    /** Returns the fields some shapes give, with classes and concepts read from the terms. */
    public static EditFields of(Graph shapes, Graph terms) {
        return new EditFields(
                Objects.requireNonNull(shapes, "shapes"), Objects.requireNonNull(terms, "terms"));
    }

    /**
     * Returns the fields of a resource with these {@code rdf:type}s, in the order above; empty when
     * no shape targets them.
     */
    public List<EditField> forTypes(Collection<String> typeIris) {
        Objects.requireNonNull(typeIris, "typeIris");
        Map<Node, FieldDraft> byProperty = new LinkedHashMap<>();
        for (Node propertyShape : propertyShapes(typeIris)) {
            forwardPath(propertyShape)
                    .filter(p -> !NOT_FIELDS.contains(p))
                    .ifPresent(
                            p -> byProperty.computeIfAbsent(p, FieldDraft::new).add(propertyShape));
        }
        return byProperty.values().stream()
                .map(draft -> new Ordered(draft.order, draft.field()))
                .sorted(
                        Comparator.comparingInt(Ordered::order)
                                .thenComparing(Ordered::field, ORDER))
                .map(Ordered::field)
                .toList();
    }

    /**
     * Returns the relations a form may offer for links no field names: the object properties the
     * terms declare, by label.
     */
    public List<Term> relations() {
        return declared(OWL.ObjectProperty.asNode()).toList();
    }

    /**
     * Returns the relations a form may offer for new links of a resource with these {@code
     * rdf:type}s beyond its fields: those the terms let such a resource state ({@code
     * LinkRelations}) and that no field of its form sets, by label.
     */
    public List<Term> relationsFor(Collection<String> typeIris) {
        Set<String> fields =
                forTypes(typeIris).stream()
                        .map(f -> f.property().iri())
                        .collect(java.util.stream.Collectors.toSet());
        return new LinkRelations(terms)
                .allowed(typeIris)
                .filter(r -> !fields.contains(r.getURI()))
                .map(this::term)
                .sorted(Comparator.comparing(Term::label).thenComparing(Term::name))
                .toList();
    }

    /**
     * Returns the classes a new link of this relation may reach, for a form to suggest only
     * resources of those classes (or their subclasses): the relation's {@code rdfs:range}, and its
     * inverse's {@code rdfs:domain}, by label; empty when the terms say neither, and any resource
     * may be linked.
     *
     * <pre>{@code
     * standard().targetClasses(DR.dependsOn.getURI()); // [dr:DesignArtefact]
     * }</pre>
     */
    public List<Term> targetClasses(String relationIri) {
        Objects.requireNonNull(relationIri, "relationIri");
        return new LinkRelations(terms)
                .targets(NodeFactory.createURI(relationIri))
                .map(this::term)
                .sorted(Comparator.comparing(Term::label).thenComparing(Term::name))
                .toList();
    }

    /**
     * Returns the properties a form may suggest for values no field names: common descriptive
     * properties of DCTerms, SKOS and RDFS, and the datatype properties the terms declare, by
     * label.
     */
    public List<Term> valueProperties() {
        return Stream.concat(
                        DESCRIPTIVE.stream().map(NodeFactory::createURI),
                        declared(OWL.DatatypeProperty.asNode())
                                .map(t -> NodeFactory.createURI(t.iri())))
                .distinct()
                .map(this::term)
                .sorted(Comparator.comparing(Term::label).thenComparing(Term::name))
                .toList();
    }

    private Stream<Term> declared(Node type) {
        return terms.stream(Node.ANY, RDF.type.asNode(), type)
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .distinct()
                .map(this::term)
                .sorted(Comparator.comparing(Term::label).thenComparing(Term::name));
    }

    private List<Node> propertyShapes(Collection<String> typeIris) {
        ClassHierarchy hierarchy = new ClassHierarchy(terms);
        Set<Node> classes = new LinkedHashSet<>();
        typeIris.stream()
                .map(NodeFactory::createURI)
                .forEach(c -> classes.addAll(hierarchy.superClasses(c)));
        Set<Node> nodeShapes = new LinkedHashSet<>();
        for (Node type : classes) {
            objectsTo(SHACL.targetClass, type).forEach(nodeShapes::add);
        }
        // A shape on the subjects of an annotation property (dr:changePropagates) checks terms,
        // not registry resources: their forms do not offer it.
        shapes.stream(Node.ANY, SHACL.targetSubjectsOf, Node.ANY)
                .filter(
                        t ->
                                !terms.contains(
                                        t.getObject(),
                                        RDF.type.asNode(),
                                        OWL.AnnotationProperty.asNode()))
                .map(Triple::getSubject)
                .forEach(nodeShapes::add);
        Set<Node> propertyShapes = new LinkedHashSet<>();
        for (Node nodeShape : nodeShapes) {
            shapes.stream(nodeShape, SHACL.property, Node.ANY)
                    .map(Triple::getObject)
                    .forEach(propertyShapes::add);
        }
        // Graph order is arbitrary: sort, so that merged fields take the same shape's name each
        // time.
        return propertyShapes.stream()
                .sorted(Comparator.comparingInt(this::order).thenComparing(n -> n.toString()))
                .toList();
    }

    private Stream<Node> objectsTo(Node predicate, Node object) {
        return shapes.stream(Node.ANY, predicate, object).map(Triple::getSubject);
    }

    /** The path's IRI, or for an alternative path its first member when that is an IRI. */
    private Optional<Node> forwardPath(Node propertyShape) {
        Optional<Node> path = object(shapes, propertyShape, SHACL.path);
        if (path.isEmpty() || path.get().isURI()) {
            return path;
        }
        return object(shapes, path.get(), SHACL.alternativePath)
                .map(list -> GraphList.members(new GNode(shapes, list)))
                .flatMap(members -> members.stream().findFirst())
                .filter(Node::isURI);
    }

    private int order(Node propertyShape) {
        return object(shapes, propertyShape, SHACL.order)
                .filter(Node::isLiteral)
                .map(n -> ((Number) n.getLiteralValue()).intValue())
                .orElse(Integer.MAX_VALUE);
    }

    private static Optional<Node> object(Graph graph, Node subject, Node predicate) {
        return graph.stream(subject, predicate, Node.ANY).map(Triple::getObject).findFirst();
    }

    private Term term(Node node) {
        return new Term(node.getURI(), Names.name(node.getURI()), Labels.label(terms, node));
    }

    private record Ordered(int order, EditField field) {}

    /** What the shapes of one property say, merged: the tightest counts, the first name. */
    private final class FieldDraft {
        private final Node property;
        private final List<String> shapeIris = new ArrayList<>();
        private String name = "";
        private String description = "";
        private int minCount;
        private int order = Integer.MAX_VALUE;
        private OptionalInt maxCount = OptionalInt.empty();
        private String datatype = "";
        private Optional<Node> scheme = Optional.empty();
        private final Set<Node> targetClasses = new LinkedHashSet<>();

        FieldDraft(Node property) {
            this.property = property;
        }

        void add(Node shape) {
            shapeIris.add(shape.isURI() ? shape.getURI() : "_:" + shape.getBlankNodeLabel());
            order = Math.min(order, order(shape));
            if (name.isEmpty()) {
                name = Labels.text(shapes, shape, SHACL.name).orElse("");
            }
            if (description.isEmpty()) {
                description = Labels.text(shapes, shape, SHACL.description).orElse("");
            }
            count(shape, SHACL.minCount).ifPresent(n -> minCount = Math.max(minCount, n));
            count(shape, SHACL.maxCount)
                    .ifPresent(
                            n ->
                                    maxCount =
                                            OptionalInt.of(
                                                    maxCount.isPresent()
                                                            ? Math.min(maxCount.getAsInt(), n)
                                                            : n));
            object(shapes, shape, SHACL.datatype)
                    .filter(Node::isURI)
                    .ifPresent(d -> datatype = d.getURI());
            object(shapes, shape, SHACL.node)
                    .flatMap(this::schemeRequiredBy)
                    .ifPresent(s -> scheme = Optional.of(s));
            object(shapes, shape, SHACL.class_).ifPresent(targetClasses::add);
            object(shapes, shape, SHACL.or)
                    .map(list -> GraphList.members(new GNode(shapes, list)))
                    .ifPresent(
                            alternatives ->
                                    alternatives.forEach(
                                            a ->
                                                    object(shapes, a, SHACL.class_)
                                                            .ifPresent(targetClasses::add)));
        }

        /** The scheme a node shape requires with {@code skos:inScheme} and {@code sh:hasValue}. */
        private Optional<Node> schemeRequiredBy(Node nodeShape) {
            return shapes.stream(nodeShape, SHACL.property, Node.ANY)
                    .map(Triple::getObject)
                    .filter(p -> shapes.contains(p, SHACL.path, SKOS.inScheme.asNode()))
                    .flatMap(p -> object(shapes, p, SHACL.hasValue).stream())
                    .findFirst();
        }

        private Optional<Integer> count(Node shape, Node predicate) {
            return object(shapes, shape, predicate)
                    .filter(Node::isLiteral)
                    .map(n -> ((Number) n.getLiteralValue()).intValue());
        }

        EditField field() {
            Term propertyTerm = term(property);
            EditField.Kind kind = kind();
            return new EditField(
                    propertyTerm,
                    name.isEmpty() ? propertyTerm.label() : name,
                    description,
                    shapeIris,
                    minCount,
                    maxCount,
                    kind,
                    group(kind) == 0 ? datatype : "",
                    scheme.map(this::concepts).orElse(List.of()),
                    kind == EditField.Kind.LINK
                            ? targetClasses.stream()
                                    .filter(Node::isURI)
                                    .map(EditFields.this::term)
                                    .toList()
                            : List.of());
        }

        private EditField.Kind kind() {
            if (scheme.isPresent()) {
                return EditField.Kind.CONCEPT;
            }
            if (!targetClasses.isEmpty()) {
                return EditField.Kind.LINK;
            }
            if (datatype.equals(XSD.date.getURI())) {
                return EditField.Kind.DATE;
            }
            if (datatype.equals(XSD.xboolean.getURI())) {
                return EditField.Kind.BOOLEAN;
            }
            return EditField.Kind.TEXT;
        }

        private List<Term> concepts(Node scheme) {
            return terms.stream(Node.ANY, SKOS.inScheme.asNode(), scheme)
                    .map(Triple::getSubject)
                    .filter(Node::isURI)
                    .distinct()
                    .sorted(
                            Comparator.comparing(
                                            (Node c) ->
                                                    Labels.text(terms, c, SKOS.notation.asNode())
                                                            .map(EditFields::paddedNotation)
                                                            .orElse("\uffff"))
                                    .thenComparing(c -> Labels.label(terms, c)))
                    .map(EditFields.this::term)
                    .toList();
        }
    }

    private static int group(EditField.Kind kind) {
        return switch (kind) {
            case TEXT, DATE, BOOLEAN -> 0;
            case CONCEPT -> 1;
            case LINK -> 2;
        };
    }

    /** Pads digits so that notation "10" sorts after "9". */
    private static String paddedNotation(String notation) {
        return notation.chars().allMatch(Character::isDigit)
                ? "0".repeat(Math.max(0, 12 - notation.length())) + notation
                : notation;
    }
}
