package org.designregistry.model.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.validation.ValidationReport.Violation;

/**
 * Validates a graph against SHACL shapes parsed once, and reports the results as a {@link
 * ValidationReport}. {@link org.designregistry.model.Registry#validate()} uses one over the
 * registry's data and terms; it is public for tools that check a graph before loading it.
 *
 * <pre>{@code
 * RegistryValidator validator = RegistryValidator.forShapes(RegistryOntology.shapes());
 * ValidationReport report = validator.validate(graph);
 * }</pre>
 *
 * <p>It can also validate chosen focus nodes alone, and tell which focus nodes a change to some
 * triples can affect: how far from a focus node its validation may read is worked out from the
 * shapes when they are parsed (see {@link #radius()}), and the nodes that far back from the changed
 * triples are the ones to validate again.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class RegistryValidator {

    /** By focus node, then path, then message; the rest only break ties. */
    static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::focusNode)
                    .thenComparing(Violation::path)
                    .thenComparing(Violation::message)
                    .thenComparing(Violation::sourceShape)
                    .thenComparing(Violation::value)
                    .thenComparing(Violation::severity);

    /**
     * The most changed triples for which {@link #affectedFocusNodes} looks for the affected focus
     * nodes; past it, a change is validated over the whole graph.
     */
    public static final int MAX_CHANGED_TRIPLES = 5_000;

    /**
     * The most nodes {@link #affectedFocusNodes} lets a change affect (at any step of its walk back
     * from the changed triples); past it, validating the whole graph costs less.
     */
    public static final int MAX_AFFECTED_NODES = 2_000;

    private final Shapes shapes;
    private final Reads reads;
    private final AffectedNodes affected;
    private final FocusNodeValidation focused;

    private RegistryValidator(Shapes shapes) {
        this.shapes = shapes;
        this.reads = ShapeReads.of(shapes);
        this.affected = new AffectedNodes(reads);
        this.focused = new FocusNodeValidation(shapes);
    }

    /**
     * Returns a validator for the shapes in a graph.
     *
     * @throws RegistryException if the graph is not valid SHACL
     */
    public static RegistryValidator forShapes(Graph shapesGraph) {
        Objects.requireNonNull(shapesGraph, "shapesGraph");
        try {
            return new RegistryValidator(Shapes.parse(shapesGraph));
        } catch (RuntimeException e) {
            throw new RegistryException("The SHACL shapes are not valid: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the report of validating a graph: every result, sorted by focus node, path and
     * message. The graph should include the terms the shapes rely on, such as {@code
     * rdfs:subClassOf} for {@code sh:class}.
     */
    public ValidationReport validate(Graph data) {
        Objects.requireNonNull(data, "data");
        return report(ShaclValidator.get().validate(shapes, data).getEntries().stream());
    }

    /**
     * Returns the report of validating some focus nodes of a graph: the results of {@link
     * #validate(Graph)} whose focus node is one of them, in the same order, found by validating
     * each node against the shapes that target it. A node that no shape targets has no results.
     */
    public ValidationReport validate(Graph data, Collection<Node> focusNodes) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(focusNodes, "focusNodes");
        return report(focused.validate(data, focusNodes).stream());
    }

    /**
     * Returns the focus nodes whose results a change to some triples can alter, or empty when the
     * change must be validated over the whole graph.
     *
     * <p>A focus node is affected when its validation may read a changed triple, directly or
     * through the nodes it links to (a value's type for {@code sh:class}, a concept's scheme for
     * {@code sh:node}, a decision's body for the approval rule ...). The answer is empty when the
     * shapes' reads have no bound, when more than {@value #MAX_CHANGED_TRIPLES} triples changed,
     * when a changed triple is about one of the terms (or is an {@code rdfs:subClassOf}), or when
     * more than {@value #MAX_AFFECTED_NODES} nodes are affected.
     *
     * @param data the data graph as the change leaves it, without the terms
     * @param terms the terms that validation reads with the data
     * @param changed the triples added to or removed from the data
     */
    public Optional<Set<Node>> affectedFocusNodes(
            Graph data, Graph terms, Collection<Triple> changed) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(changed, "changed");
        return affected.of(data, terms, changed);
    }

    /**
     * Returns how many triples away from a focus node its validation may read: 0 when the shapes
     * read only the focus node's own triples, 1 when they also read the nodes it links to (such as
     * a value's type), and so on; empty when the shapes' reads have no bound (a recursive shape, a
     * path of any length, a SPARQL query that reads beyond what {@code $this} links to).
     */
    public Optional<Integer> radius() {
        return reads.isBounded() ? Optional.of(reads.radius()) : Optional.empty();
    }

    private static ValidationReport report(Stream<ReportEntry> entries) {
        return new ValidationReport(entries.map(Results::violation).sorted(ORDER).toList());
    }
}
