package org.designregistry.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RegistryException;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.junit.jupiter.api.Test;

class RegistryValidatorTest {

    private static final String A = "https://registry.test/id/artefact/A";
    private static final String B = "https://registry.test/id/artefact/B";
    private static final String SHAPES = "https://registry.test/shapes#";

    private final RegistryValidator validator =
            RegistryValidator.forShapes(GraphAssertions.resource("validation/test-shapes.ttl"));

    @Test
    void mapsEveryResultSortedByFocusNodePathAndMessage() {
        ValidationReport report =
                validator.validate(GraphAssertions.resource("validation/test-data.ttl"));

        assertThat(report.violations())
                .containsExactly(
                        new Violation(
                                A,
                                "^dr:approves",
                                Severity.WARNING,
                                "A design artefact should be approved by a decision (^dr:approves).",
                                SHAPES + "ApprovalShape",
                                ""),
                        new Violation(
                                B,
                                "^dr:approves",
                                Severity.WARNING,
                                "A design artefact should be approved by a decision (^dr:approves).",
                                SHAPES + "ApprovalShape",
                                ""),
                        new Violation(
                                B,
                                "dcterms:title",
                                Severity.VIOLATION,
                                "A design artefact needs a title (dcterms:title).",
                                SHAPES + "TitleShape",
                                ""),
                        new Violation(
                                B,
                                "owl:versionInfo",
                                Severity.INFO,
                                "A version (owl:versionInfo) is a string.",
                                SHAPES + "VersionShape",
                                "5"));
        assertThat(report.conforms()).isFalse();
    }

    @Test
    void validatesChosenFocusNodesIntoTheirPartOfTheWholeReport() {
        Graph data = GraphAssertions.resource("validation/test-data.ttl");
        List<Violation> ofB =
                validator.validate(data).violations().stream()
                        .filter(v -> v.focusNode().equals(B))
                        .toList();

        ValidationReport report =
                validator.validate(
                        data,
                        List.of(NodeFactory.createURI(B), NodeFactory.createURI(SHAPES + "none")));

        assertThat(report.violations()).hasSize(3).isEqualTo(ofB);
    }

    @Test
    void warningsAndInfosAloneConform() {
        Graph data = GraphAssertions.resource("validation/test-data.ttl");
        data.remove(NodeFactory.createURI(B), RDF.Nodes.type, Node.ANY);

        ValidationReport report = validator.validate(data);

        assertThat(report.violations())
                .extracting(Violation::severity)
                .containsOnly(Severity.WARNING);
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void rejectsAGraphThatIsNotShacl() {
        Graph broken = GraphAssertions.resource("validation/test-shapes.ttl");
        broken.add(
                NodeFactory.createURI(SHAPES + "TitleShape"),
                NodeFactory.createURI("http://www.w3.org/ns/shacl#minCount"),
                NodeFactory.createLiteralString("one"));

        assertThatThrownBy(() -> RegistryValidator.forShapes(broken))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("SHACL shapes are not valid");
    }
}
