package org.designregistry.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class ConceptSchemesTest {

    private final Model vocabularies = RegistryOntology.vocabularies();

    @Test
    void holdsThirtyFiveArtefactTypesEachInExactlyOnePhase() {
        List<Resource> types = concepts(DR.ArtefactTypes);
        assertThat(types).hasSize(35);

        assertThat(types)
                .allSatisfy(
                        type -> {
                            List<Statement> phases = type.listProperties(DR.phase).toList();
                            assertThat(phases).as("phases of %s", type).hasSize(1);
                            assertThat(
                                            phases.get(0)
                                                    .getResource()
                                                    .hasProperty(SKOS.inScheme, DR.Phases))
                                    .as("phase of %s is in dr:Phases", type)
                                    .isTrue();
                        });
    }

    @Test
    void everyArtefactTypeHasOneApprovalLevel() {
        assertThat(concepts(DR.ArtefactTypes))
                .allSatisfy(
                        type -> {
                            List<Statement> levels = type.listProperties(DR.approvalLevel).toList();
                            assertThat(levels).as("approval levels of %s", type).hasSize(1);
                            assertThat(
                                            levels.get(0)
                                                    .getResource()
                                                    .hasProperty(SKOS.inScheme, DR.DecisionLevels))
                                    .as("approval level of %s is in dr:DecisionLevels", type)
                                    .isTrue();
                        });
    }

    @Test
    void holdsFourPhases() {
        assertThat(concepts(DR.Phases))
                .containsExactlyInAnyOrderElementsOf(constants(Vocabularies.Phase.class));
    }

    @Test
    void holdsSixStatuses() {
        assertThat(concepts(DR.Statuses))
                .hasSize(6)
                .containsExactlyInAnyOrderElementsOf(constants(Vocabularies.Status.class));
    }

    @Test
    void holdsFiveDecisionOutcomes() {
        assertThat(concepts(DR.DecisionOutcomes))
                .hasSize(5)
                .containsExactlyInAnyOrderElementsOf(constants(Vocabularies.Outcome.class));
    }

    @Test
    void holdsFourDecisionLevelsNumberedOneToFourAsIntegers() {
        List<Resource> levels = concepts(DR.DecisionLevels);
        assertThat(levels)
                .hasSize(4)
                .containsExactlyInAnyOrderElementsOf(constants(Vocabularies.Level.class));

        Map<Integer, Resource> byNumber = new TreeMap<>();
        for (Resource level : levels) {
            List<Statement> notations = level.listProperties(SKOS.notation).toList();
            assertThat(notations).as("notations of %s", level).hasSize(1);
            Literal notation = notations.get(0).getLiteral();
            assertThat(notation.getDatatypeURI()).isEqualTo(XSDDatatype.XSDinteger.getURI());
            byNumber.put(notation.getInt(), level);
        }
        assertThat(byNumber)
                .containsExactly(
                        Map.entry(1, Vocabularies.Level.Level1),
                        Map.entry(2, Vocabularies.Level.Level2),
                        Map.entry(3, Vocabularies.Level.Level3),
                        Map.entry(4, Vocabularies.Level.Level4));
    }

    @Test
    void everySchemeAndConceptIsLabelled() {
        assertThat(vocabularies.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList())
                .hasSize(5)
                .allSatisfy(scheme -> assertThat(scheme.hasProperty(SKOS.prefLabel)).isTrue());
        assertThat(vocabularies.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList())
                .allSatisfy(
                        concept -> {
                            assertThat(concept.listProperties(SKOS.prefLabel).toList()).hasSize(1);
                            assertThat(concept.listProperties(SKOS.inScheme).toList()).hasSize(1);
                        });
    }

    private List<Resource> concepts(Resource scheme) {
        return vocabularies.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                .filter(c -> c.hasProperty(RDF.type, SKOS.Concept))
                .toList();
    }

    private static List<Resource> constants(Class<?> vocabulary) {
        return List.copyOf(VocabularyConstantsTest.constants(vocabulary).values());
    }
}
