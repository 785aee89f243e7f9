package org.designregistry.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.junit.jupiter.api.Test;

/**
 * Validating chosen focus nodes against the shapes picked for them gives, for each node, exactly
 * its part of the whole graph's report, whatever kind of target brings a shape to it.
 */
class FocusNodeValidationTest {

    private static final String T = "https://registry.test/targets#";
    private static final String DES138 = "https://registry.mhhs.example/id/artefact/DES138";

    @Test
    void picksTheShapesOfEveryKindOfTargetForANode() {
        RegistryValidator validator =
                RegistryValidator.forShapes(
                        GraphAssertions.resource("validation/targets-shapes.ttl"));
        Graph data = GraphAssertions.resource("validation/targets-data.ttl");

        assertThat(messages(validator.validate(data, List.of(node("hammer")))))
                .containsExactlyInAnyOrder("needs a label", "needs a weight");
        assertThat(messages(validator.validate(data, List.of(node("widget")))))
                .containsExactly("a gadget needs a size");
        assertThat(messages(validator.validate(data, List.of(node("special")))))
                .containsExactlyInAnyOrder("the special one needs a colour", "one owner at most");
        assertThat(
                        validator
                                .validate(data, List.of(node("drill"), node("untargeted")))
                                .violations())
                .isEmpty();
    }

    @Test
    void givesEachNodeItsPartOfTheWholeReport() {
        RegistryValidator validator =
                RegistryValidator.forShapes(
                        GraphAssertions.resource("validation/targets-shapes.ttl"));
        Graph data = GraphAssertions.resource("validation/targets-data.ttl");

        assertEachNodeGetsItsPart(validator, data);
    }

    @Test
    void givesTheNodesOfTheSampleTheWholeReport() {
        try (Registry registry = Registries.createInMemory()) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            // One artefact without its title, so that the report has a violation to match.
            Txn.executeWrite(
                    registry.dataset(),
                    () ->
                            registry.dataset()
                                    .getDefaultGraph()
                                    .remove(
                                            NodeFactory.createURI(DES138),
                                            DCTerms.title.asNode(),
                                            Node.ANY));
            List<Node> subjects = subjects(GraphAssertions.contents(registry));

            ValidationReport focused = registry.validate(subjects);

            assertThat(focused.violations()).isEqualTo(registry.validate().violations());
            assertThat(focused.violations()).extracting(Violation::focusNode).contains(DES138);
        }
    }

    private static void assertEachNodeGetsItsPart(RegistryValidator validator, Graph data) {
        ValidationReport whole = validator.validate(data);
        for (Node subject : subjects(data)) {
            List<Violation> expected =
                    whole.violations().stream()
                            .filter(v -> v.focusNode().equals(subject.getURI()))
                            .toList();
            assertThat(validator.validate(data, List.of(subject)).violations())
                    .as("the results of %s", subject)
                    .isEqualTo(expected);
        }
        assertThat(whole.violations()).hasSizeGreaterThan(3);
    }

    private static List<Node> subjects(Graph graph) {
        return graph.find().toList().stream().map(Triple::getSubject).distinct().toList();
    }

    private static List<String> messages(ValidationReport report) {
        return report.violations().stream().map(Violation::message).toList();
    }

    private static Node node(String name) {
        return NodeFactory.createURI(T + name);
    }
}
