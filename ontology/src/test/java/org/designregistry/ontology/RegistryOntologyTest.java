package org.designregistry.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class RegistryOntologyTest {

    @Test
    void termsHoldTheOntologyAndTheConceptSchemes() {
        Model terms = RegistryOntology.terms();

        assertThat(terms.contains(DR.DesignArtefact, RDF.type, OWL.Class)).isTrue();
        assertThat(terms.contains(DR.Statuses, RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(terms.size())
                .isEqualTo(
                        RegistryOntology.ontology().size()
                                + RegistryOntology.vocabularies().size());
    }

    @Test
    void eachCallReturnsAnIndependentModel() {
        Model first = RegistryOntology.ontology();
        first.removeAll();

        assertThat(RegistryOntology.ontology().isEmpty()).isFalse();
    }

    @Test
    void shapesHoldEveryShapesFile() {
        Graph shapes = RegistryOntology.shapes();

        long sum = 0;
        for (String file : RegistryOntology.SHAPES) {
            sum += RegistryOntology.read(List.of(file)).size();
        }
        assertThat((long) shapes.size()).isEqualTo(sum);
    }

    @Test
    void readRejectsAMissingResource() {
        assertThatThrownBy(() -> RegistryOntology.read(List.of("ontology/missing.ttl")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ontology/missing.ttl");
    }
}
