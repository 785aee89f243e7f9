package org.designregistry.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private final Model ontology = RegistryOntology.ontology();

    @Test
    void everyRelationHasAnInverseThatDeclaresItBack() {
        List<Resource> relations = relations();
        assertThat(relations).hasSizeGreaterThan(20);

        List<String> problems = new ArrayList<>();
        for (Resource relation : relations) {
            List<Statement> inverses = relation.listProperties(OWL.inverseOf).toList();
            if (inverses.size() != 1) {
                problems.add(relation + " has " + inverses.size() + " owl:inverseOf");
                continue;
            }
            Resource inverse = inverses.get(0).getResource();
            if (!ontology.contains(inverse, RDF.type, OWL.ObjectProperty)) {
                problems.add(
                        relation + " has an inverse that is not an object property: " + inverse);
            }
            if (!ontology.contains(inverse, OWL.inverseOf, relation)) {
                problems.add(inverse + " does not declare " + relation + " as its inverse");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void onlyPropertiesIntoConceptSchemesGoWithoutAnInverse() {
        List<Resource> withoutInverse =
                ontology.listResourcesWithProperty(RDF.type, OWL.ObjectProperty).toList().stream()
                        .filter(p -> !p.hasProperty(OWL.inverseOf))
                        .toList();

        assertThat(withoutInverse)
                .containsExactlyInAnyOrder(
                        DR.artefactType,
                        DR.phase,
                        DR.approvalLevel,
                        DR.status,
                        DR.governanceLevel,
                        DR.decisionLevel,
                        DR.outcome)
                .allSatisfy(p -> assertThat(p.hasProperty(RDFS.range, SKOS.Concept)).isTrue());
    }

    @Test
    void everyClassAndPropertyHasALabelAndAComment() {
        List<String> problems = new ArrayList<>();
        for (Resource kind :
                List.of(
                        OWL.Class,
                        OWL.ObjectProperty,
                        OWL.DatatypeProperty,
                        OWL.AnnotationProperty,
                        OWL2.NamedIndividual,
                        OWL.Ontology)) {
            for (Resource term : ontology.listResourcesWithProperty(RDF.type, kind).toList()) {
                if (term.listProperties(RDFS.label).toList().size() != 1) {
                    problems.add(term + " needs exactly one rdfs:label");
                }
                if (term.listProperties(RDFS.comment).toList().size() != 1) {
                    problems.add(term + " needs exactly one rdfs:comment");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void changePropagatesTheOppositeWayToTheInverse() {
        List<String> problems = new ArrayList<>();
        for (Resource relation : relations()) {
            Resource inverse = relation.getPropertyResourceValue(OWL.inverseOf);
            if (inverse == null) {
                continue; // reported by everyRelationHasAnInverseThatDeclaresItBack
            }
            RDFNode direction = direction(relation);
            RDFNode inverseDirection = direction(inverse);
            boolean opposite =
                    direction == null
                            ? inverseDirection == null
                            : inverseDirection != null
                                    && !direction.equals(inverseDirection)
                                    && Set.of(DR.toSubject, DR.toObject).contains(direction)
                                    && Set.of(DR.toSubject, DR.toObject).contains(inverseDirection);
            if (!opposite) {
                problems.add(
                        relation + " " + direction + " but " + inverse + " " + inverseDirection);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theMainRelationsCarryChangeTowardsWhatDependsOnThem() {
        assertThat(direction(DR.dependsOn)).isEqualTo(DR.toSubject);
        assertThat(direction(OSLCRM.specifies)).isEqualTo(DR.toSubject);
        assertThat(direction(DR.carries)).isEqualTo(DR.toSubject);
        assertThat(direction(DR.affects)).isEqualTo(DR.toObject);
        assertThat(direction(DR.ownedBy)).isNull();
    }

    @Test
    void theOntologyIsTheResourceOfItsNamespace() {
        assertThat(ontology.contains(DR.NAMESPACE, RDF.type, OWL.Ontology)).isTrue();
    }

    private List<Resource> relations() {
        return ontology.listResourcesWithProperty(RDF.type, OWL.ObjectProperty).toList().stream()
                .filter(p -> !p.hasProperty(RDFS.range, SKOS.Concept))
                .toList();
    }

    private RDFNode direction(Resource relation) {
        List<Statement> values =
                ontology.listStatements(relation, DR.changePropagates, (RDFNode) null).toList();
        assertThat(values).as("dr:changePropagates of %s", relation).hasSizeLessThanOrEqualTo(1);
        return values.isEmpty() ? null : values.get(0).getObject();
    }
}
