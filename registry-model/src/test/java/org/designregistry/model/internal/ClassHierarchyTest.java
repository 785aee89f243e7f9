package org.designregistry.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.model.GraphAssertions.resource;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.catalog.Ref;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class ClassHierarchyTest {

    private static final String EX = "https://example.test/vocab#";
    private static final Node ARTEFACT = DR.DesignArtefact.asNode();
    private static final Node SPECIFICATION = node(EX + "Specification");
    private static final Node INTERFACE_SPECIFICATION = node(EX + "InterfaceSpecification");
    private static final Node LEFT = node(EX + "Left");
    private static final Node RIGHT = node(EX + "Right");
    private static final Node ORGANIZATION = node("http://www.w3.org/ns/org#Organization");

    private final Graph terms = resource("internal/terms.ttl");
    private final ClassHierarchy classes = new ClassHierarchy(terms);

    @Test
    void walksUpToEveryClassAboveNearestFirst() {
        assertThat(classes.superClasses(INTERFACE_SPECIFICATION))
                .containsExactly(INTERFACE_SPECIFICATION, SPECIFICATION, ARTEFACT);
        assertThat(ClassHierarchy.superClassIris(terms, INTERFACE_SPECIFICATION.getURI()))
                .containsExactly(
                        INTERFACE_SPECIFICATION.getURI(),
                        SPECIFICATION.getURI(),
                        ARTEFACT.getURI());
    }

    @Test
    void walksDownToEveryClassBelowNearestFirst() {
        assertThat(classes.subClasses(ARTEFACT))
                .containsExactly(ARTEFACT, SPECIFICATION, INTERFACE_SPECIFICATION);
    }

    @Test
    void endsWalksOnSubClassCycles() {
        assertThat(classes.superClasses(LEFT)).containsExactly(LEFT, RIGHT);
        assertThat(classes.subClasses(RIGHT)).containsExactly(RIGHT, LEFT);
    }

    @Test
    void keepsEachWalkOnceMade() {
        assertThat(classes.superClasses(SPECIFICATION))
                .isSameAs(classes.superClasses(SPECIFICATION));
        assertThat(classes.subClasses(ARTEFACT)).isSameAs(classes.subClasses(ARTEFACT));
    }

    @Test
    void picksTheTypeNoOtherIsBelow() {
        assertThat(classes.mostSpecific(List.of(ARTEFACT, INTERFACE_SPECIFICATION, SPECIFICATION)))
                .isEqualTo(INTERFACE_SPECIFICATION.getURI());
        assertThat(classes.mostSpecific(List.of(SPECIFICATION, ORGANIZATION)))
                .as("unrelated types: the smallest IRI")
                .isEqualTo(ORGANIZATION.getURI());
        assertThat(classes.mostSpecific(List.of())).isEmpty();
    }

    @Test
    void treatsTypesOnACycleAsEquallySpecific() {
        assertThat(classes.mostSpecific(List.of(RIGHT, LEFT))).isEqualTo(LEFT.getURI());
    }

    @Test
    void takesTheKindOfTheNearestClass() {
        assertThat(classes.kind(List.of(INTERFACE_SPECIFICATION))).contains(Ref.Kind.ARTEFACT);
        // A working group is itself of the body kind; organisation is two steps up.
        assertThat(classes.kind(List.of(DR.WorkingGroup.asNode()))).contains(Ref.Kind.BODY);
        assertThat(classes.kind(List.of(INTERFACE_SPECIFICATION, ORGANIZATION)))
                .as("organisation is nearer")
                .contains(Ref.Kind.ORGANISATION);
    }

    @Test
    void breaksTiesBetweenEquallyNearKindsByDeclarationOrder() {
        assertThat(classes.kind(List.of(ORGANIZATION, DR.GoverningBody.asNode())))
                .contains(Ref.Kind.BODY);
    }

    @Test
    void findsNoKindAboveClassesOutsideEveryKindOrOnACycle() {
        assertThat(classes.kind(List.of(node(EX + "Note")))).isEmpty();
        assertThat(classes.kind(List.of(LEFT))).isEmpty();
        assertThat(classes.kind(List.of())).isEmpty();
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
