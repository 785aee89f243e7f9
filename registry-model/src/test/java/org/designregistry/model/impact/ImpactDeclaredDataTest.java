package org.designregistry.model.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.impact.ImpactQuery.Direction;
import org.designregistry.model.validation.ValidationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data a programme declares for itself: relations of its own that inherit how change travels,
 * resources with several types, and a relation annotated both ways (see
 * impact/programme-relations.ttl and impact/both-ways.ttl).
 */
class ImpactDeclaredDataTest {

    private static final String DR = "https://w3id.org/design-registry#";

    private Registry registry;
    private ImpactAnalysis impact;

    @BeforeEach
    void load() {
        registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("impact/programme-relations.ttl")));
        impact = ImpactAnalysis.of(registry);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private List<String> ids(ImpactQuery.Builder query) {
        return impact.analyse(query.build()).hits().stream()
                .map(h -> h.resource().identifier())
                .toList();
    }

    @Test
    void followsASubPropertyOfAPropagatingRelation() {
        ImpactReport report = impact.analyse(ImpactQuery.from("Z1").maxDepth(1).build());

        assertThat(report.hits()).extracting(h -> h.resource().identifier()).containsExactly("Z2");
        assertThat(report.hits().get(0).path()).hasToString("Z1 -inverse of relies on-> Z2");
    }

    @Test
    void followsTheInverseOfAnAnnotatedRelationAsTheSameLink() {
        ImpactReport report = impact.analyse(ImpactQuery.from("Z2").build());

        assertThat(report.hits()).extracting(h -> h.resource().identifier()).containsExactly("Z3");
        assertThat(report.hits().get(0).path()).hasToString("Z2 -dependency of-> Z3");
        assertThat(ids(ImpactQuery.from("Z3").direction(Direction.UPSTREAM)))
                .containsExactly("Z2", "Z1");
    }

    @Test
    void namesADeclaredInverseOfATermWithoutRenamingTheTerm() {
        ImpactIndex.Relation dependsOn =
                impact.index().relations().stream()
                        .filter(r -> r.iri().equals(DR + "dependsOn"))
                        .findFirst()
                        .orElseThrow();

        assertThat(dependsOn.inverseIri()).isEqualTo(DR + "dependencyOf");
    }

    @Test
    void entersAResourceWithTwoTypesWhenEitherIsAskedFor() {
        assertThat(ids(ImpactQuery.from("DI-M").types(List.of("Interface")))).containsExactly("M1");
        assertThat(ids(ImpactQuery.from("DI-M").types(List.of("DataItem")))).containsExactly("M1");
        assertThat(ids(ImpactQuery.from("DI-M").types(List.of("process")))).isEmpty();
        assertThat(impact.index().typesOf("https://example.org/id/M1"))
                .containsExactlyInAnyOrder(DR + "Interface", DR + "DataItem");
    }

    @Test
    void keepsBothTypesOfAResourceAfterAnIncrementalUpdate() {
        ImpactIndex before = impact.index();
        registry.load(
                new ByteArrayInputStream(
                        ("<https://example.org/id/M2> a <"
                                        + DR
                                        + "Interface>, <"
                                        + DR
                                        + "DataItem> ;"
                                        + " <"
                                        + DR
                                        + "carries> <https://example.org/id/DI-M> .")
                                .getBytes(StandardCharsets.UTF_8)),
                RdfFormat.TURTLE,
                "m2.ttl");

        assertThat(impact.index().edgeCount()).isEqualTo(before.edgeCount() + 1);
        assertThat(ImpactQuery.from("DI-M").types(List.of("Interface")).build())
                .satisfies(
                        q ->
                                assertThat(impact.analyse(q).hits())
                                        .extracting(h -> h.resource().iri())
                                        .containsExactly(
                                                "https://example.org/id/M1",
                                                "https://example.org/id/M2"));
        assertThat(impact.index().typesOf("https://example.org/id/M2")).hasSize(2);
    }

    @Test
    void validationReportsARelationAnnotatedBothWays() {
        registry.loadSources(List.of(RdfSource.classpath("impact/both-ways.ttl")));

        ValidationReport report = registry.validate();

        assertThat(report.violations())
                .filteredOn(v -> v.focusNode().equals("https://example.org/vocab#mirrors"))
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.path()).isEqualTo("dr:changePropagates");
                            assertThat(v.message()).contains("not both");
                        });
    }

    @Test
    void followsARelationAnnotatedBothWaysToItsSubject() {
        registry.loadSources(List.of(RdfSource.classpath("impact/both-ways.ttl")));

        ImpactIndex index = impact.index();

        assertThat(index.relations())
                .filteredOn(r -> r.iri().equals("https://example.org/vocab#mirrors"))
                .singleElement()
                .satisfies(r -> assertThat(r.dependentIsSubject()).isTrue());
    }
}
