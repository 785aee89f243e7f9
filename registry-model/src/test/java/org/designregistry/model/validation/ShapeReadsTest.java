package org.designregistry.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How far validation reads from a focus node is worked out from the shapes: path steps, values'
 * types, nested shapes and the patterns of SPARQL rules each add depth, and what has no bound falls
 * back to the whole graph.
 */
class ShapeReadsTest {

    private static final String EX = "https://registry.test/terms#";

    @Test
    void registryShapesReadThreeTriplesAwayForTheApprovalRule() {
        Reads reads = reads(Shapes.parse(RegistryOntology.shapes()));

        // The approval rule: artefact -> decision -> body -> governance level -> its notation.
        // A shape added that reads further changes this; checked writes follow it, at a cost
        // that docs/benchmarks.md measures for this radius.
        assertThat(reads.isBounded()).as(reads.toString()).isTrue();
        assertThat(reads.radius()).as(reads.toString()).isEqualTo(3);
        assertThat(reads.forward(1))
                .contains(DR.madeBy.asNode(), DR.outcome.asNode(), RDF.Nodes.type);
        assertThat(reads.backward(1)).contains(DR.decided.asNode());
        assertThat(reads.forward(2)).contains(DR.governanceLevel.asNode());
        assertThat(reads.transitive()).containsExactly(RDFS.subClassOf.asNode());
        assertThat(RegistryValidator.forShapes(RegistryOntology.shapes()).radius()).contains(3);
    }

    @Test
    void registryShapesReadInverseLinksBackwardsFromTheFocusNode() {
        Reads reads = reads(Shapes.parse(RegistryOntology.shapes()));

        assertThat(reads.backward(0))
                .contains(DR.ownerOf.asNode(), DR.decided.asNode(), DR.approves.asNode());
        assertThat(reads.forward(0)).contains(DR.ownedBy.asNode()).doesNotContain(Node.ANY);
    }

    @Test
    void aPathOfTwoStepsReadsItsEndsTypeTwoTriplesAway() {
        Reads reads = reads("sequence-path.ttl");

        assertThat(reads.radius()).isEqualTo(2);
        assertThat(reads.forward(0)).containsExactlyInAnyOrder(RDF.Nodes.type, ex("a"));
        assertThat(reads.forward(1)).containsExactly(ex("b"));
        assertThat(reads.forward(2)).containsExactly(RDF.Nodes.type);
    }

    @Test
    void anInversePathReadsBackwards() {
        Reads reads = reads("either-way-path.ttl");

        assertThat(reads.forward(0)).containsExactlyInAnyOrder(RDF.Nodes.type, ex("ownedBy"));
        assertThat(reads.backward(0)).containsExactly(ex("ownerOf"));
        assertThat(reads.forward(1)).containsExactly(RDF.Nodes.type);
        assertThat(reads.radius()).isEqualTo(1);
    }

    @Test
    void aNestedShapeReadsOneTripleFurtherOut() {
        Reads reads = reads("nested-node.ttl");

        assertThat(reads.forward(1)).containsExactly(ex("b"));
        assertThat(reads.forward(2)).containsExactly(RDF.Nodes.type);
        assertThat(reads.radius()).isEqualTo(2);
    }

    @Test
    void aSparqlRuleReadsAlongItsPatternsFromThis() {
        Reads reads = reads("sparql-joined.ttl");

        assertThat(reads.isBounded()).as(reads.toString()).isTrue();
        assertThat(reads.forward(0))
                .contains(ex("status"), ex("approvedBy"))
                .doesNotContain(ex("madeBy"));
        assertThat(reads.backward(0)).containsExactly(ex("approves"));
        assertThat(reads.forward(1)).contains(ex("madeBy"));
        assertThat(reads.forward(2)).contains(ex("level"));
        assertThat(reads.forward(3)).containsExactly(ex("rank"));
        assertThat(reads.radius()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "recursive-node.ttl",
                "any-length-path.ttl",
                "sparql-unjoined.ttl",
                "sparql-half-joined-union.ttl",
                "sparql-optional-first.ttl",
                "sparql-named-graph.ttl"
            })
    void readsWithoutABoundAreUnbounded(String shapes) {
        Reads reads = reads(shapes);

        assertThat(reads.isBounded()).as(reads.toString()).isFalse();
        assertThat(RegistryValidator.forShapes(graph(shapes)).radius()).isEmpty();
    }

    private static Reads reads(String shapes) {
        return reads(Shapes.parse(graph(shapes)));
    }

    private static Reads reads(Shapes shapes) {
        return ShapeReads.of(shapes);
    }

    private static Graph graph(String shapes) {
        return GraphAssertions.resource("validation/reads/" + shapes);
    }

    private static Node ex(String name) {
        return NodeFactory.createURI(EX + name);
    }
}
