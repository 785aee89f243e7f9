package org.designregistry.model.validation;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ClosedConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.ConstraintPairwise;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.HasValueConstraint;
import org.apache.jena.shacl.engine.constraint.InConstraint;
import org.apache.jena.shacl.engine.constraint.MaxCount;
import org.apache.jena.shacl.engine.constraint.MinCount;
import org.apache.jena.shacl.engine.constraint.NodeKindConstraint;
import org.apache.jena.shacl.engine.constraint.PatternConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.engine.constraint.StrLanguageIn;
import org.apache.jena.shacl.engine.constraint.StrMaxLengthConstraint;
import org.apache.jena.shacl.engine.constraint.StrMinLengthConstraint;
import org.apache.jena.shacl.engine.constraint.UniqueLangConstraint;
import org.apache.jena.shacl.engine.constraint.ValueRangeConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Works out the {@link Reads} of parsed SHACL shapes, as Jena's validator evaluates them (its
 * {@code VLib} and constraint classes): a target reads the focus node's {@code rdf:type} (with
 * {@code rdfs:subClassOf} through the terms) or the predicate it names; a property shape reads its
 * path, one depth per step, and its constraints read from the value nodes at the depth the path
 * ends; {@code sh:class} reads a value's types, {@code sh:node}, {@code sh:or} and the other
 * shape-taking constraints read what their shapes read from the value, and a SPARQL constraint
 * reads what {@link QueryReads} finds in its query.
 *
 * <p>Constraints on the values alone ({@code sh:datatype}, {@code sh:pattern}, {@code sh:minCount}
 * ...) read nothing more. Anything not known here counts as unbounded, so that a new kind of
 * constraint falls back to whole-graph validation rather than being checked too narrowly.
 */
final class ShapeReads {

    /** Constraints that test the value nodes (or their number) and read no further triples. */
    private static final Set<Class<?>> ON_VALUES =
            Set.of(
                    DatatypeConstraint.class,
                    NodeKindConstraint.class,
                    MinCount.class,
                    MaxCount.class,
                    StrMinLengthConstraint.class,
                    StrMaxLengthConstraint.class,
                    PatternConstraint.class,
                    StrLanguageIn.class,
                    UniqueLangConstraint.class,
                    HasValueConstraint.class,
                    InConstraint.class);

    private final Reads reads = new Reads();
    // The shapes being analysed, to stop at a shape that refers to itself.
    private final Set<Shape> open = new HashSet<>();

    private ShapeReads() {}

    /** Returns what validating a focus node against these shapes may read. */
    static Reads of(Shapes shapes) {
        ShapeReads analysis = new ShapeReads();
        for (Shape shape : shapes.getTargetShapes()) {
            shape.getTargets().forEach(analysis::target);
            analysis.shape(shape, 0);
        }
        return analysis.reads;
    }

    private void target(Target target) {
        switch (target.getTargetType()) {
            case targetClass, implicitClass -> classOf(0);
            case targetSubjectsOf -> reads.forward(0, target.getObject());
            case targetObjectsOf -> reads.backward(0, target.getObject());
            case targetNode -> {
                // The node is a focus node whatever the data says.
            }
            default -> reads.unbounded("the target " + target + " is not known");
        }
    }

    /** Notes what validating a node at {@code depth} against {@code shape} reads. */
    private void shape(Shape shape, int depth) {
        if (!open.add(shape)) {
            reads.unbounded("the shape " + shape.getShapeNode() + " refers to itself");
            return;
        }
        try {
            if (shape instanceof PropertyShape property) {
                property(property, depth);
            } else {
                Set<Integer> self = Set.of(depth);
                shape.getConstraints().forEach(c -> constraint(c, shape, self, depth));
            }
            // Jena applies a target property shape's own property shapes to its focus node.
            shape.getPropertyShapes().forEach(p -> shape(p, depth));
        } finally {
            open.remove(shape);
        }
    }

    private void property(PropertyShape shape, int depth) {
        Set<Integer> values = path(shape.getPath(), Set.of(depth), false);
        shape.getConstraints().forEach(c -> constraint(c, shape, values, depth));
        // ... and a nested property shape's to its value nodes.
        for (PropertyShape nested : shape.getPropertyShapes()) {
            values.forEach(v -> shape(nested, v));
        }
    }

    private void constraint(Constraint c, Shape shape, Set<Integer> values, int focus) {
        if (ON_VALUES.contains(c.getClass()) || c instanceof ValueRangeConstraint) {
            return;
        }
        if (c instanceof ClassConstraint) {
            values.forEach(this::classOf);
        } else if (c instanceof ConstraintOp1 op) {
            values.forEach(v -> shape(op.getOther(), v));
        } else if (c instanceof ConstraintOpN op) {
            op.getOthers().forEach(other -> values.forEach(v -> shape(other, v)));
        } else if (c instanceof QualifiedValueShape qualified && !qualified.qDisjoint()) {
            values.forEach(v -> shape(qualified.getSub(), v));
        } else if (c instanceof ConstraintPairwise pair) {
            // sh:equals, sh:lessThan ...: the focus node's values of the other property.
            reads.forward(focus, pair.getValue());
        } else if (c instanceof ClosedConstraint) {
            reads.forward(focus, Node.ANY);
        } else if (c instanceof SparqlConstraint sparql && !(shape instanceof PropertyShape)) {
            QueryReads.add(sparql.getQuery(), focus, reads);
        } else {
            reads.unbounded(
                    "the constraint " + c + " of " + shape.getShapeNode() + " is not known");
        }
    }

    /** Notes reading a node's types, and the class hierarchy above them in the terms. */
    private void classOf(int depth) {
        reads.forward(depth, RDF.type.asNode());
        reads.transitive(RDFS.subClassOf.asNode());
    }

    /**
     * Notes the reads of a path from nodes at the depths {@code from}, followed backwards when
     * {@code inverse}, and returns the depths of its value nodes.
     */
    private Set<Integer> path(Path path, Set<Integer> from, boolean inverse) {
        if (path instanceof P_Link link) {
            return step(from, link.getNode(), inverse);
        }
        if (path instanceof P_ReverseLink link) {
            return step(from, link.getNode(), !inverse);
        }
        if (path instanceof P_Inverse inverted) {
            return path(inverted.getSubPath(), from, !inverse);
        }
        if (path instanceof P_Seq seq) {
            return inverse
                    ? path(seq.getLeft(), path(seq.getRight(), from, true), true)
                    : path(seq.getRight(), path(seq.getLeft(), from, false), false);
        }
        if (path instanceof P_Alt alt) {
            Set<Integer> ends = new TreeSet<>(path(alt.getLeft(), from, inverse));
            ends.addAll(path(alt.getRight(), from, inverse));
            return ends;
        }
        if (path instanceof P_ZeroOrOne optional) {
            Set<Integer> ends = new TreeSet<>(from);
            ends.addAll(path(optional.getSubPath(), from, inverse));
            return ends;
        }
        if (path instanceof P_NegPropSet) {
            // Any predicate but some, either way.
            step(from, Node.ANY, false);
            return step(from, Node.ANY, true);
        }
        reads.unbounded("the path " + path + " has no bounded length");
        return next(from);
    }

    private Set<Integer> step(Set<Integer> from, Node predicate, boolean backwards) {
        for (int depth : from) {
            if (backwards) {
                reads.backward(depth, predicate);
            } else {
                reads.forward(depth, predicate);
            }
        }
        return next(from);
    }

    private static Set<Integer> next(Set<Integer> depths) {
        Set<Integer> next = new TreeSet<>();
        depths.forEach(d -> next.add(d + 1));
        return next;
    }
}
