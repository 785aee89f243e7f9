package org.designregistry.model.validation;

import java.util.List;

/**
 * The outcome of validating a graph against the registry's SHACL shapes.
 *
 * @param violations every result, in a stable order (by focus node, then path, then message)
 */
public record ValidationReport(List<Violation> violations) {

    /** Copies the list of violations. */
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    /** Returns true when no result has severity {@link Severity#VIOLATION}. */
    public boolean conforms() {
        return violations.stream().noneMatch(v -> v.severity() == Severity.VIOLATION);
    }

    /**
     * One SHACL validation result.
     *
     * @param focusNode the resource that failed: its IRI, or {@code _:label} for a blank node
     * @param path the property path that failed, in SPARQL syntax with the {@link
     *     org.designregistry.model.RegistryPrefixes registry prefixes} (such as {@code
     *     dcterms:title} or {@code dr:producedBy|^dr:produces}), or empty for a node constraint
     * @param severity how serious it is
     * @param message the shape's message for a person
     * @param sourceShape the IRI (or {@code _:label}) of the shape that produced it
     * @param value the offending value (an IRI, or a literal's text), or empty
     */
    public record Violation(
            String focusNode,
            String path,
            Severity severity,
            String message,
            String sourceShape,
            String value) {}

    /** SHACL severities. */
    public enum Severity {
        /** {@code sh:Violation}, and any custom severity: the graph does not conform. */
        VIOLATION,
        /** {@code sh:Warning}: worth a look; the graph still conforms. */
        WARNING,
        /** {@code sh:Info}: for information; the graph still conforms. */
        INFO
    }
}
