package org.designregistry.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Runs the SPARQL constraints of a shape once for a batch of focus nodes, so that Jena's own check,
 * which builds, plans and runs the query again for each node, runs only for the nodes the batch
 * query finds. Jena binds {@code $this} to the node by substitution; planning the query each time
 * costs most of a node's validation. Here the query runs once with {@code $this} taken from a
 * {@code VALUES} block of the batch's nodes; a node it finds no row for would get no result from
 * Jena's check either, and is validated against a copy of the shape without those constraints. The
 * nodes it finds are validated against the shape itself, so their results are Jena's, word for
 * word.
 *
 * <p>That a node without a row in the batch query has no result from Jena's check holds when
 * substituting {@code $this} means the same as joining on it, which this class checks of each query
 * and otherwise leaves the constraint to Jena: a plain {@code SELECT} (no grouping, aggregates,
 * {@code LIMIT}, {@code OFFSET} or {@code VALUES}) whose top-level group is triple patterns and
 * filters only, one of which patterns has {@code $this} at an end, so that every solution binds it
 * before a filter sees it; and no part of it, inside {@code EXISTS} included, that scopes or tests
 * variables apart from that binding (sub-queries, {@code BIND}, {@code VALUES}, {@code MINUS},
 * {@code SERVICE}, {@code LATERAL}, {@code bound()}). The approval rule of the registry's shapes is
 * of that form.
 */
final class SparqlScreen {

    /** The fewest nodes screened together; fewer are left to Jena's per-node check. */
    static final int MIN_BATCH = 16;

    private static final Var THIS = Var.alloc("this");
    private static final Var CURRENT_SHAPE = Var.alloc("currentShape");
    private static final Var SHAPES_GRAPH = Var.alloc("shapesGraph");
    // The name Jena's SPARQL constraints give the shapes graph in each query's dataset.
    private static final Node SHAPES_GRAPH_NAME = NodeFactory.createURI("foo");

    /** By shape (its identity, as Jena's shapes have no equality): its screened constraints. */
    private final Map<Shape, List<SparqlConstraint>> screened = new IdentityHashMap<>();

    /** By shape: a copy of it without its screened constraints. */
    private final Map<Shape, Shape> unscreened = new IdentityHashMap<>();

    SparqlScreen(Shapes shapes) {
        for (Shape shape : shapes.getTargetShapes()) {
            if (!(shape instanceof NodeShape) || shape.deactivated()) {
                continue;
            }
            List<SparqlConstraint> batchable = new ArrayList<>();
            List<Constraint> rest = new ArrayList<>();
            for (Constraint constraint : shape.getConstraints()) {
                if (constraint instanceof SparqlConstraint sparql
                        && screenable(sparql.getQuery())) {
                    batchable.add(sparql);
                } else {
                    rest.add(constraint);
                }
            }
            if (!batchable.isEmpty()) {
                screened.put(shape, batchable);
                unscreened.put(
                        shape,
                        new NodeShape(
                                shape.getShapeGraph(),
                                shape.getShapeNode(),
                                shape.deactivated(),
                                shape.getSeverity(),
                                shape.getMessages(),
                                shape.getTargets(),
                                rest,
                                shape.getPropertyShapes()));
            }
        }
    }

    /**
     * Returns, for each of {@code nodes}, the shape to validate it with in place of {@code shape}:
     * the shape itself when one of its screened queries has a row for the node (or it has none),
     * otherwise its copy without them. Runs each screened query once.
     */
    Function<Node, Shape> screen(Graph data, Shape shape, Collection<Node> nodes) {
        List<SparqlConstraint> constraints = screened.get(shape);
        // A write's few nodes gain nothing from a batch query, which may read more widely than
        // Jena's per-node check (the writer relies on what a write's validation read).
        if (constraints == null || nodes.size() < MIN_BATCH) {
            return node -> shape;
        }
        Set<Node> found = new HashSet<>();
        for (SparqlConstraint constraint : constraints) {
            found.addAll(nodesWithRows(data, shape, constraint.getQuery(), nodes));
        }
        Shape without = unscreened.get(shape);
        return node -> found.contains(node) ? shape : without;
    }

    /** Returns true when a query may be screened (see the class comment). */
    static boolean screenable(Query query) {
        if (!query.isSelectType()
                || query.hasGroupBy()
                || query.hasHaving()
                || query.hasAggregators()
                || query.hasLimit()
                || query.hasOffset()
                || query.hasValues()
                || !(query.getQueryPattern() instanceof ElementGroup group)) {
            return false;
        }
        boolean bindsThis = false;
        for (Element element : group.getElements()) {
            if (element instanceof ElementPathBlock block) {
                for (TriplePath path : block.getPattern()) {
                    bindsThis |= THIS.equals(path.getSubject()) || THIS.equals(path.getObject());
                }
            } else if (element instanceof ElementTriplesBlock block) {
                bindsThis |=
                        block.getPattern().getList().stream()
                                .anyMatch(
                                        t ->
                                                THIS.equals(t.getSubject())
                                                        || THIS.equals(t.getObject()));
            } else if (!(element instanceof ElementFilter)) {
                return false;
            }
        }
        return bindsThis && Plain.check(group);
    }

    private static Set<Node> nodesWithRows(
            Graph data, Shape shape, Query query, Collection<Node> nodes) {
        ElementData values = new ElementData();
        values.add(THIS);
        nodes.forEach(node -> values.add(BindingFactory.binding(THIS, node)));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(values);
        pattern.addElement(query.getQueryPattern());
        Query batch = new Query(query.getPrologue());
        batch.setQuerySelectType();
        batch.setDistinct(true);
        batch.addResultVar(THIS);
        batch.setQueryPattern(pattern);
        // The dataset and the other pre-bound variables as Jena's check gives them.
        DatasetGraph dataset = DatasetGraphFactory.createGeneral(data);
        dataset.addGraph(SHAPES_GRAPH_NAME, shape.getShapeGraph());
        Binding constants =
                Binding.builder()
                        .add(CURRENT_SHAPE, shape.getShapeNode())
                        .add(SHAPES_GRAPH, SHAPES_GRAPH_NAME)
                        .build();
        Set<Node> found = new HashSet<>();
        try (QueryExec exec =
                QueryExec.dataset(dataset).query(batch).substitution(constants).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> found.add(row.get(THIS)));
        }
        return found;
    }

    /** Finds the parts of a pattern, inside {@code EXISTS} too, that rule screening out. */
    private static final class Plain extends ElementVisitorBase {

        private boolean plain = true;

        static boolean check(Element element) {
            Plain visitor = new Plain();
            ElementWalker.walk(element, visitor);
            return visitor.plain;
        }

        @Override
        public void visit(ElementSubQuery el) {
            plain = false;
        }

        @Override
        public void visit(ElementBind el) {
            plain = false;
        }

        @Override
        public void visit(ElementAssign el) {
            plain = false;
        }

        @Override
        public void visit(ElementData el) {
            plain = false;
        }

        @Override
        public void visit(ElementMinus el) {
            plain = false;
        }

        @Override
        public void visit(ElementService el) {
            plain = false;
        }

        @Override
        public void visit(ElementLateral el) {
            plain = false;
        }

        @Override
        public void visit(ElementFilter el) {
            walk(el.getExpr());
        }

        private void walk(Expr expr) {
            if (expr instanceof ExprFunctionOp exists) {
                plain &= check(exists.getElement());
            } else if (expr instanceof E_Bound) {
                plain = false;
            } else if (expr instanceof ExprFunction function) {
                function.getArgs().forEach(this::walk);
            }
        }
    }
}
