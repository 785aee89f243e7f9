package org.designregistry.model.validation;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.designregistry.model.validation.ValidationReport.Violation;

/** Turns Jena's SHACL report entries into our violations. */
final class Results {

    private Results() {}

    static Violation violation(ReportEntry entry) {
        return new Violation(
                text(entry.focusNode()),
                path(entry.resultPath()),
                severity(entry.severity().level()),
                entry.message() == null ? "" : entry.message(),
                text(entry.source()),
                text(entry.value()));
    }

    /**
     * Returns the path in SPARQL syntax with the registry's prefixes, such as {@code ^dr:approves}.
     */
    static String path(Path path) {
        return path == null ? "" : path.toString(new Prologue(RegistryPrefixes.mapping()));
    }

    /** Maps SHACL's three severities; a custom severity counts as a violation. */
    static Severity severity(Node level) {
        if (SHACL.Warning.equals(level)) {
            return Severity.WARNING;
        }
        if (SHACL.Info.equals(level)) {
            return Severity.INFO;
        }
        return Severity.VIOLATION;
    }

    /** Returns an IRI as itself, a blank node as {@code _:label}, a literal as its text. */
    static String text(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.toString();
    }
}
