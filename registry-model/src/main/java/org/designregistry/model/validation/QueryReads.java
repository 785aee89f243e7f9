package org.designregistry.model.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Works out the {@link Reads} of a SHACL-SPARQL constraint's query, run with {@code $this} bound to
 * the focus node.
 *
 * <p>The query's triple patterns, with each path of fixed length cut into single steps, form a
 * graph whose nodes are its variables and terms. A solution matches each pattern with a triple, so
 * a triple can change the query's answer for a focus node only through a chain of matched triples
 * from it, that is along a path of this graph from {@code $this}: walking every simple path from
 * {@code $this}, each pattern met at the n-th node of a path is read at depth n, forwards from its
 * subject or backwards from its object.
 *
 * <p>That holds only if every pattern is joined to {@code $this} in every solution. Each pattern
 * must therefore share a variable or term, through required patterns of its own group or of the
 * groups around it, with {@code $this}: a {@code UNION} binds only what all its branches bind, an
 * {@code OPTIONAL} or {@code MINUS} binds nothing for the patterns after it, and {@code EXISTS}
 * sees its whole group. A query with a pattern that is not joined so, or with parts whose reads are
 * not followed here ({@code GRAPH}, {@code SERVICE}, sub-queries, {@code *} and {@code +} paths,
 * expressions in {@code SELECT}), is unbounded.
 */
final class QueryReads {

    private static final Var THIS = Var.alloc("this");
    // Simple paths are few in a constraint's query; past this many steps, give up.
    private static final int WALK_BUDGET = 100_000;

    private final Reads reads;
    private final int base;
    private final List<Edge> edges = new ArrayList<>();
    private int steps;

    private QueryReads(Reads reads, int base) {
        this.reads = reads;
        this.base = base;
    }

    /** A triple pattern, or one step of a path, numbered so that equal patterns stay apart. */
    private record Edge(Node subject, Node predicate, Node object, int id) {
        Node other(Node end) {
            return end.equals(subject) ? object : subject;
        }
    }

    /** Notes in {@code reads} what the query reads with {@code $this} at {@code depth}. */
    static void add(Query query, int depth, Reads reads) {
        if (query.hasHaving() || !query.getProject().getExprs().isEmpty()) {
            reads.unbounded("a SPARQL constraint has expressions in SELECT or HAVING");
            return;
        }
        QueryReads analysis = new QueryReads(reads, depth);
        analysis.group(query.getQueryPattern(), Set.of(THIS));
        Set<Node> onPath = new HashSet<>(Set.of(THIS));
        analysis.walk(THIS, 0, onPath, new HashSet<>());
    }

    /**
     * Collects the patterns of a group and checks that each is joined to {@code $this}, given the
     * terms joined to it outside the group; returns the terms joined to it after the group.
     */
    private Set<Node> group(Element element, Set<Node> outside) {
        List<Element> parts =
                element instanceof ElementGroup group ? group.getElements() : List.of(element);
        List<Edge> required = new ArrayList<>();
        Set<Node> joined = new HashSet<>(outside);
        // Filters see the whole group, wherever they stand in it.
        List<Expr> filters = new ArrayList<>();
        List<Element> existing = new ArrayList<>();
        for (Element part : parts) {
            if (part instanceof ElementPathBlock block) {
                block.getPattern().getList().forEach(tp -> required.addAll(edges(tp)));
            } else if (part instanceof ElementTriplesBlock block) {
                block.getPattern().getList().forEach(t -> required.addAll(edges(t)));
            } else if (part instanceof ElementGroup nested) {
                joined.addAll(group(nested, joined));
            } else if (part instanceof ElementUnion union) {
                joined.addAll(union(union, joined));
            } else if (part instanceof ElementOptional optional) {
                group(optional.getOptionalElement(), close(joined, required));
            } else if (part instanceof ElementMinus minus) {
                group(minus.getMinusElement(), close(joined, required));
            } else if (part instanceof ElementFilter filter) {
                filters.add(filter.getExpr());
            } else if (part instanceof ElementExists || part instanceof ElementNotExists) {
                existing.add(((Element1) part).getElement());
            } else if (part instanceof ElementBind bind) {
                exists(bind.getExpr(), close(joined, required));
            } else if (part instanceof ElementAssign assign) {
                exists(assign.getExpr(), close(joined, required));
            } else if (!(part instanceof ElementData)) {
                reads.unbounded("a SPARQL constraint has a part whose reads are not followed");
            }
            joined = close(joined, required);
        }
        for (Edge edge : required) {
            if (!joined.contains(edge.subject())) {
                reads.unbounded("a pattern of a SPARQL constraint is not joined to $this");
            }
        }
        for (Expr filter : filters) {
            exists(filter, joined);
        }
        for (Element exists : existing) {
            group(exists, joined);
        }
        return joined;
    }

    /** Checks each branch of a union, and returns the terms that every branch joins. */
    private Set<Node> union(ElementUnion union, Set<Node> joined) {
        Set<Node> common = null;
        for (Element branch : union.getElements()) {
            Set<Node> bound = group(branch, joined);
            if (common == null) {
                common = bound;
            } else {
                common.retainAll(bound);
            }
        }
        return common == null ? Set.of() : common;
    }

    /** Checks the groups of the EXISTS and NOT EXISTS in an expression. */
    private void exists(Expr expr, Set<Node> joined) {
        if (expr instanceof ExprFunctionOp op) {
            group(op.getElement(), joined);
        } else if (expr instanceof ExprFunction function) {
            function.getArgs().forEach(arg -> exists(arg, joined));
        }
    }

    /** Returns {@code joined} with every term that the patterns join to it. */
    private static Set<Node> close(Set<Node> joined, List<Edge> patterns) {
        Set<Node> closed = new HashSet<>(joined);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Edge edge : patterns) {
                if (closed.contains(edge.subject()) || closed.contains(edge.object())) {
                    grew |= closed.add(edge.subject()) | closed.add(edge.object());
                }
            }
        }
        return closed;
    }

    private List<Edge> edges(Triple triple) {
        return edges(triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    private List<Edge> edges(TriplePath pattern) {
        if (pattern.isTriple()) {
            return edges(pattern.asTriple());
        }
        List<Edge> steps = new ArrayList<>();
        path(pattern.getSubject(), pattern.getPath(), pattern.getObject(), steps);
        return steps;
    }

    private List<Edge> edges(Node subject, Node predicate, Node object) {
        Edge edge = new Edge(subject, predicate, object, edges.size());
        edges.add(edge);
        return List.of(edge);
    }

    /** Cuts a path into single steps, joined by fresh nodes. */
    private void path(Node from, Path path, Node to, List<Edge> steps) {
        if (path instanceof P_Link link) {
            steps.addAll(edges(from, link.getNode(), to));
        } else if (path instanceof P_ReverseLink link) {
            steps.addAll(edges(to, link.getNode(), from));
        } else if (path instanceof P_Inverse inverse) {
            path(to, inverse.getSubPath(), from, steps);
        } else if (path instanceof P_Seq seq) {
            Node middle = NodeFactory.createBlankNode();
            path(from, seq.getLeft(), middle, steps);
            path(middle, seq.getRight(), to, steps);
        } else if (path instanceof P_Alt alt) {
            path(from, alt.getLeft(), to, steps);
            path(from, alt.getRight(), to, steps);
        } else if (path instanceof P_NegPropSet) {
            steps.addAll(edges(from, Node.ANY, to));
            steps.addAll(edges(to, Node.ANY, from));
        } else {
            reads.unbounded("a SPARQL constraint has the path " + path + " of no fixed length");
        }
    }

    /**
     * Walks every simple path from {@code at}, noting each pattern met at the depth it is met, from
     * the end it is met at.
     */
    private void walk(Node at, int length, Set<Node> onPath, Set<Edge> used) {
        if (++steps > WALK_BUDGET) {
            reads.unbounded("a SPARQL constraint joins too many patterns to follow");
            return;
        }
        for (Edge edge : edges) {
            if (used.contains(edge) || !(edge.subject().equals(at) || edge.object().equals(at))) {
                continue;
            }
            if (edge.subject().equals(at)) {
                reads.forward(base + length, edge.predicate());
            }
            if (edge.object().equals(at)) {
                reads.backward(base + length, edge.predicate());
            }
            Node next = edge.other(at);
            if (onPath.add(next)) {
                used.add(edge);
                walk(next, length + 1, onPath, used);
                used.remove(edge);
                onPath.remove(next);
            }
        }
    }
}
