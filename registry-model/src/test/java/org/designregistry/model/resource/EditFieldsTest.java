package org.designregistry.model.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.resource.EditField.Kind;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class EditFieldsTest {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private final EditFields standard = EditFields.standard();

    @Test
    void givesAnArtefactTheFieldsItsShapesCheckWithoutLabelOrIdentifier() {
        List<EditField> fields = standard.forTypes(List.of(DR.DesignArtefact.getURI()));

        assertThat(fields)
                .extracting(f -> f.property().name())
                .containsExactly(
                        "dcterms:title",
                        "dr:illustrative",
                        "owl:versionInfo",
                        "dr:artefactType",
                        "dr:status",
                        "dr:ownedBy",
                        "dr:dependsOn",
                        "dr:describes",
                        "dr:producedBy",
                        "oslc_rm:specifies");
    }

    @Test
    void readsNamesCountsAndDescriptionsFromTheShapes() {
        EditField title = field(DR.DesignArtefact.getURI(), "dcterms:title");
        EditField owner = field(DR.DesignArtefact.getURI(), "dr:ownedBy");

        assertThat(title.name()).isEqualTo("title");
        assertThat(title.description()).contains("as printed on the document");
        assertThat(title.required()).isTrue();
        assertThat(title.repeatable()).isFalse();
        assertThat(title.shapes())
                .containsExactly("https://w3id.org/design-registry/shapes#ArtefactTitleShape");
        assertThat(owner.required()).isTrue();
        assertThat(owner.repeatable()).isTrue();
        assertThat(owner.maxCount()).isEmpty();
    }

    @Test
    void offersTheConceptsOfTheSchemeAShapeRequires() {
        EditField status = field(DR.DesignArtefact.getURI(), "dr:status");
        EditField type = field(DR.DesignArtefact.getURI(), "dr:artefactType");

        assertThat(status.kind()).isEqualTo(Kind.CONCEPT);
        assertThat(status.datatype()).isEmpty();
        assertThat(status.choices())
                .extracting(Term::name)
                .contains("drstatus:Draft", "drstatus:Approved")
                .allMatch(name -> name.startsWith("drstatus:"));
        assertThat(type.choices()).hasSize(35);
    }

    @Test
    void makesLinksOfClassAndOrOfClassConstraints() {
        EditField producer = field(DR.DesignArtefact.getURI(), "dr:producedBy");
        EditField specifies = field(DR.DesignArtefact.getURI(), "oslc_rm:specifies");

        assertThat(producer.kind()).isEqualTo(Kind.LINK);
        assertThat(producer.targetClasses())
                .extracting(Term::name)
                .containsExactly("dr:WorkingGroup");
        assertThat(producer.maxCount()).isEqualTo(OptionalInt.of(1));
        assertThat(specifies.targetClasses())
                .extracting(Term::name)
                .containsExactlyInAnyOrder(
                        "dr:BusinessProcess",
                        "dr:Interface",
                        "dr:Publication",
                        "dr:DataItem",
                        "dr:Event",
                        "dr:Requirement");
    }

    @Test
    void asksForDatesAndBooleansByTheirDatatypes() {
        EditField date = field(DR.Decision.getURI(), "dcterms:date");
        EditField illustrative = field(DR.Decision.getURI(), "dr:illustrative");

        assertThat(date.kind()).isEqualTo(Kind.DATE);
        assertThat(date.datatype()).isEqualTo(XSD + "date");
        assertThat(illustrative.kind()).isEqualTo(Kind.BOOLEAN);
    }

    @Test
    void appliesTheShapesOfSuperclasses() {
        List<EditField> workingGroup = standard.forTypes(List.of(DR.WorkingGroup.getURI()));

        assertThat(workingGroup)
                .extracting(f -> f.property().name())
                .contains("dr:governanceLevel", "org:reportsTo");
    }

    @Test
    void hasNoFieldsForATypeNoShapeTargetsButTheIllustrativeFlag() {
        assertThat(standard.forTypes(List.of("https://example.org/Unshaped")))
                .extracting(f -> f.property().name())
                .containsExactly("dr:illustrative");
    }

    @Test
    void ordersBySHOrderFirstMergesShapesOfOnePropertyAndSkipsBackwardPaths() {
        Graph shapes = RDFDataMgr.loadGraph("resource/ordered-shapes.ttl");
        Model terms = ModelFactory.createDefaultModel();
        terms.add(
                terms.createResource("https://example.org/Special"),
                RDFS.subClassOf,
                terms.createResource("https://example.org/Thing"));

        List<EditField> fields =
                EditFields.of(shapes, terms.getGraph())
                        .forTypes(List.of("https://example.org/Special"));

        assertThat(fields).extracting(EditField::name).containsExactly("zulu", "alpha");
        EditField alpha = fields.get(1);
        assertThat(alpha.minCount()).isEqualTo(1);
        assertThat(alpha.maxCount()).isEqualTo(OptionalInt.of(3));
        assertThat(alpha.shapes()).hasSize(2);
        assertThat(alpha.property().iri()).isEqualTo("https://example.org/alpha");
    }

    @Test
    void offersTheOntologysRelationsForOtherLinksAndDescriptivePropertiesForOtherValues() {
        assertThat(standard.relations())
                .extracting(Term::name)
                .contains("dr:dependsOn", "dr:carries", "dr:carriedBy")
                .doesNotContain("dr:illustrative");
        assertThat(standard.valueProperties())
                .extracting(Term::name)
                .contains("dcterms:description", "skos:note", "dr:illustrative")
                .doesNotContain("dr:dependsOn");
    }

    @Test
    void limitsANewLinksTargetsToTheRelationsRange() {
        assertThat(standard.targetClasses(DR.dependsOn.getURI()))
                .extracting(Term::name)
                .containsExactly("dr:DesignArtefact");
        assertThat(standard.targetClasses(DR.sentBy.getURI()))
                .extracting(Term::name)
                .containsExactly("dr:MarketRole");
        assertThat(standard.targetClasses(DR.sends.getURI()))
                .as("neither a range nor an inverse's domain: any resource")
                .isEmpty();
    }

    @Test
    void takesANewLinksTargetsFromTheInversesDomainWhenTheRelationHasNoRange() {
        Model terms = ModelFactory.createDefaultModel();
        String ex = "https://example.org/";
        terms.add(
                terms.createResource(ex + "partOf"),
                OWL.inverseOf,
                terms.createResource(ex + "hasPart"));
        terms.add(
                terms.createResource(ex + "hasPart"),
                RDFS.domain,
                terms.createResource(ex + "Assembly"));

        assertThat(
                        EditFields.of(
                                        ModelFactory.createDefaultModel().getGraph(),
                                        terms.getGraph())
                                .targetClasses(ex + "partOf"))
                .extracting(Term::iri)
                .containsExactly(ex + "Assembly");
    }

    private EditField field(String type, String property) {
        return standard.forTypes(List.of(type)).stream()
                .filter(f -> f.property().name().equals(property))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field " + property + " for " + type));
    }
}
