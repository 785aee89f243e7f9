package org.designregistry.model.validation;

import java.util.Comparator;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
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

    private final Shapes shapes;

    private RegistryValidator(Shapes shapes) {
        this.shapes = shapes;
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
        return new ValidationReport(
                ShaclValidator.get().validate(shapes, data).getEntries().stream()
                        .map(Results::violation)
                        .sorted(ORDER)
                        .toList());
    }
}
