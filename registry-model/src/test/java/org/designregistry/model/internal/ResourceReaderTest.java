package org.designregistry.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.model.GraphAssertions.resource;

import java.time.LocalDate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class ResourceReaderTest {

    private static final String ID = "https://registry.test/id/";
    private static final String EX = "https://example.test/vocab#";
    private static final String STATUS = "https://w3id.org/design-registry/status/";
    private static final Node DES1 = node(ID + "DES1");
    private static final Node DES2 = node(ID + "DES2");
    private static final Node DES3 = node(ID + "DES3");
    private static final Node NOTE = node(ID + "note");
    private static final Node WG1 = node(ID + "WG1");
    private static final Node LOOP = node(ID + "loop");
    private static final Node UNTYPED = node(ID + "untyped");

    private final Graph data = resource("internal/data.ttl");
    private final ResourceReader reader =
            new ResourceReader(new Union(data, resource("internal/terms.ttl")), data);

    @Test
    void readsAReferenceWithIdentifierLabelAndMostSpecificType() {
        assertThat(reader.ref(DES1))
                .isEqualTo(new ResourceRef(ID + "DES1", "DES1", "Spec one", EX + "Specification"));
        assertThat(reader.ref(ID + "DES1")).isSameAs(reader.ref(DES1));
    }

    @Test
    void labelsFallBackToPreferredLabelThenTitleThenLocalName() {
        assertThat(reader.ref(DES2).label()).isEqualTo("Spec two");
        assertThat(reader.ref(DES3).label()).isEqualTo("Spec three");
        assertThat(reader.ref(NOTE).label()).isEqualTo("note");
        assertThat(reader.label(EX + "Specification")).isEqualTo("specification");
    }

    @Test
    void readsIdentifiersFromTheDataOnly() {
        // The terms give the concept an identifier; it is not a registry resource's.
        assertThat(reader.ref(node(STATUS + "Approved")).identifier()).isEmpty();
        assertThat(reader.ref(NOTE).identifier()).isEmpty();
    }

    @Test
    void takesTheMostSpecificTypeWhereTheTypesFormACycleToo() {
        assertThat(reader.mostSpecificType(DES2)).isEqualTo(EX + "InterfaceSpecification");
        assertThat(reader.mostSpecificType(WG1)).isEqualTo(DR.WorkingGroup.getURI());
        assertThat(reader.mostSpecificType(LOOP)).isEqualTo(EX + "Left");
        assertThat(reader.mostSpecificType(UNTYPED)).isEmpty();
    }

    @Test
    void listsTheTypesByIri() {
        assertThat(reader.types(DES1))
                .containsExactly(node(EX + "Specification"), DR.DesignArtefact.asNode());
        assertThat(reader.types(UNTYPED)).isEmpty();
    }

    @Test
    void givesTheKindOfTheNearestClassAboveTheTypes() {
        assertThat(reader.kind(DES1)).contains(Ref.Kind.ARTEFACT);
        assertThat(reader.kind(DES2)).contains(Ref.Kind.ARTEFACT);
        // Working group and organisation are both stated: the kind declared first wins.
        assertThat(reader.kind(WG1)).contains(Ref.Kind.BODY);
    }

    @Test
    void givesNoKindToAResourceOfClassesOutsideEveryKind() {
        assertThat(reader.kind(NOTE)).isEmpty();
        assertThat(reader.kind(LOOP)).isEmpty();
        assertThat(reader.kind(UNTYPED)).isEmpty();
    }

    @Test
    void knowsInstancesOfAClassAndOfTheClassesBelowIt() {
        assertThat(reader.isA(DES2, DR.DesignArtefact.getURI())).isTrue();
        assertThat(reader.isA(WG1, "http://www.w3.org/ns/org#Organization")).isTrue();
        assertThat(reader.isA(NOTE, DR.DesignArtefact.getURI())).isFalse();
        assertThat(reader.instances(DR.DesignArtefact.getURI()))
                .containsExactlyInAnyOrder(DES1, DES2, DES3);
        assertThat(reader.instances(EX + "Left")).containsExactly(LOOP);
    }

    @Test
    void describesOnlyIrisThatAreSubjectsInTheData() {
        assertThat(reader.isDescribed(DES1)).isTrue();
        assertThat(reader.isDescribed(node(STATUS + "Approved"))).isFalse();
        assertThat(reader.isDescribed(NodeFactory.createBlankNode())).isFalse();
    }

    @Test
    void readsLinksStatedEitherWayOnceEachSorted() {
        assertThat(reader.related(DES1, DR.dependsOn, DR.dependencyOf))
                .extracting(ResourceRef::identifier)
                .containsExactly("DES2", "DES3");
        assertThat(reader.hasRelated(DES1, DR.dependsOn, DR.dependencyOf)).isTrue();
    }

    @Test
    void readsALinkStatedOnlyInTheInverseDirection() {
        assertThat(reader.related(DES3, DR.dependencyOf, DR.dependsOn))
                .extracting(ResourceRef::identifier)
                .containsExactly("DES1");
        assertThat(reader.related(DES3, DR.dependsOn, DR.dependencyOf)).isEmpty();
        assertThat(reader.hasRelated(DES3, DR.dependsOn, DR.dependencyOf)).isFalse();
    }

    @Test
    void ignoresLinksToLiteralsAndBlankNodes() {
        assertThat(reader.related(UNTYPED, DR.dependsOn, DR.dependencyOf)).isEmpty();
    }

    @Test
    void readsTheSmallestConceptOfSeveralLabelledFromTheTerms() {
        assertThat(reader.concept(DES1, DR.status))
                .contains(new Concept(STATUS + "Approved", "Approved"));
        assertThat(reader.concept(DES2, DR.status)).isEmpty();
        assertThat(reader.object(DES1, DR.status)).contains(node(STATUS + "Approved"));
    }

    @Test
    void readsIntegerNotationsAndZeroForOthers() {
        assertThat(reader.notation(STATUS + "Approved")).isEqualTo(3);
        assertThat(reader.notation(STATUS + "Draft")).isZero();
        assertThat(reader.notation(STATUS + "Missing")).isZero();
    }

    @Test
    void isIllustrativeOnlyWhenMarkedWithTheBooleanTrue() {
        assertThat(reader.illustrative(DES1)).isTrue();
        assertThat(reader.illustrative(DES3)).isTrue();
        assertThat(reader.illustrative(WG1)).isFalse();
        assertThat(reader.illustrative(NOTE)).as("a plain string").isFalse();
        assertThat(reader.illustrative(DES2)).isFalse();
    }

    @Test
    void readsDatesFromTheirFirstTenCharacters() {
        assertThat(reader.date(DES1, DCTerms.date)).contains(LocalDate.of(2024, 3, 1));
        assertThat(reader.date(DES3, DCTerms.date)).contains(LocalDate.of(2024, 3, 2));
        assertThat(reader.date(NOTE, DCTerms.date)).isEmpty();
        assertThat(reader.date(DES2, DCTerms.date)).isEmpty();
    }

    @Test
    void factsReadWhatTheGraphReads() {
        ResourceReader other =
                new ResourceReader(new Union(data, resource("internal/terms.ttl")), data);
        ResourceReader.Facts facts = other.facts(DES1);

        assertThat(facts.ref()).isEqualTo(reader.ref(DES1));
        assertThat(facts.related(DR.dependsOn, DR.dependencyOf))
                .isEqualTo(reader.related(DES1, DR.dependsOn, DR.dependencyOf));
        assertThat(facts.concept(DR.status)).isEqualTo(reader.concept(DES1, DR.status));
        assertThat(other.facts(LOOP).ref()).isEqualTo(reader.ref(LOOP));
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
