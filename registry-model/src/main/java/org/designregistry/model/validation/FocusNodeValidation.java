package org.designregistry.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Validates chosen focus nodes against only the shapes that target them, in one validation context.
 * It gives the results of Jena's node-by-node validation ({@code ShaclValidator.validate(shapes,
 * data, node)} for each node) without its cost on a write's path: that asks every target shape
 * whether it targets the node, and a class target answers by walking the class hierarchy again each
 * time (shapes x nodes walks per write). Here the shapes are indexed by the class they target when
 * they are parsed, and each class's superclasses are walked once per call, so a node costs one read
 * of its types and the validation of its own shapes. The nodes of each shape are validated
 * together, so that its SPARQL constraints run once for them all ({@link SparqlScreen}); the whole
 * graph is validated the same way, shape by shape over the targets Jena finds.
 */
final class FocusNodeValidation {

    private final Shapes shapes;
    private final SparqlScreen screen;
    private final Map<Node, List<Shape>> byTargetClass = new HashMap<>();
    // Shapes with a target that is not a class (a node, the subjects or objects of a predicate, a
    // SPARQL target): they are asked for each node as Jena asks them.
    private final List<Shape> otherTargets = new ArrayList<>();

    FocusNodeValidation(Shapes shapes) {
        this.shapes = shapes;
        this.screen = new SparqlScreen(shapes);
        for (Shape shape : shapes.getTargetShapes()) {
            boolean onlyClasses = true;
            for (Target target : shape.getTargets()) {
                if (isClassTarget(target)) {
                    byTargetClass
                            .computeIfAbsent(target.getObject(), c -> new ArrayList<>())
                            .add(shape);
                } else {
                    onlyClasses = false;
                }
            }
            if (!onlyClasses) {
                otherTargets.add(shape);
            }
        }
    }

    /** Returns Jena's report entries of validating each node against the shapes that target it. */
    Collection<ReportEntry> validate(Graph data, Collection<Node> focusNodes) {
        Map<Node, Set<Node>> superClasses = new HashMap<>();
        // By shape (its identity), its nodes, so that its SPARQL constraints run once for all.
        Map<Shape, List<Node>> nodesOf = new IdentityHashMap<>();
        List<Shape> order = new ArrayList<>();
        for (Node node : new LinkedHashSet<>(focusNodes)) {
            for (Shape shape : targeting(data, node, superClasses)) {
                nodesOf.computeIfAbsent(
                                shape,
                                s -> {
                                    order.add(s);
                                    return new ArrayList<>();
                                })
                        .add(node);
            }
        }
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : order) {
            validate(context, data, shape, nodesOf.get(shape));
        }
        return context.generateReport().getEntries();
    }

    /**
     * Returns Jena's report entries of validating the whole graph: each shape's targets, as Jena's
     * own validation finds them, against that shape.
     */
    Collection<ReportEntry> validateAll(Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            validate(context, data, shape, VLib.focusNodes(data, shape));
        }
        return context.generateReport().getEntries();
    }

    private void validate(
            ValidationContext context, Graph data, Shape shape, Collection<Node> nodes) {
        Function<Node, Shape> screened = screen.screen(data, shape, nodes);
        for (Node node : nodes) {
            ValidationProc.execValidateShape(context, data, screened.apply(node), node);
        }
    }

    private Set<Shape> targeting(Graph data, Node node, Map<Node, Set<Node>> superClasses) {
        // Insertion order keeps each node's results in the order of the shapes' classes.
        Set<Shape> targeting = new LinkedHashSet<>();
        if (!byTargetClass.isEmpty()) {
            Map<Node, Boolean> classes = new LinkedHashMap<>();
            data.find(node, RDF.type.asNode(), Node.ANY)
                    .forEachRemaining(
                            t ->
                                    superClasses
                                            .computeIfAbsent(
                                                    t.getObject(), c -> superClassesOf(data, c))
                                            .forEach(c -> classes.put(c, Boolean.TRUE)));
            for (Node c : classes.keySet()) {
                targeting.addAll(byTargetClass.getOrDefault(c, List.of()));
            }
        }
        for (Shape shape : otherTargets) {
            if (!targeting.contains(shape) && VLib.isFocusNode(shape, node, data)) {
                targeting.add(shape);
            }
        }
        return targeting;
    }

    /** The class itself and every class it is a subclass of, through any chain. */
    private static Set<Node> superClassesOf(Graph data, Node type) {
        Set<Node> found = new HashSet<>();
        List<Node> toVisit = new ArrayList<>(List.of(type));
        while (!toVisit.isEmpty()) {
            Node next = toVisit.remove(toVisit.size() - 1);
            if (found.add(next)) {
                data.find(next, RDFS.subClassOf.asNode(), Node.ANY)
                        .forEachRemaining(t -> toVisit.add(t.getObject()));
            }
        }
        return found;
    }

    private static boolean isClassTarget(Target target) {
        return target.getTargetType() == TargetType.targetClass
                || target.getTargetType() == TargetType.implicitClass;
    }
}
