package org.designregistry.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * A read set is touched by exactly the triples that would change the answer to one of its lookups.
 */
class ReadSetTest {

    private static final Node A = uri("a");
    private static final Node B = uri("b");
    private static final Node C = uri("c");
    private static final Node LINK = uri("link");
    private static final Node NAME = uri("name");

    private final ReadSet reads = new ReadSet();

    @Test
    void isTouchedByATripleOfASubjectItLookedUp() {
        reads.lookedUp(A, Node.ANY, Node.ANY);

        assertThat(reads.touchedByAny(List.of(Triple.create(A, NAME, literal("x"))))).isTrue();
        assertThat(reads.touchedByAny(List.of(Triple.create(B, NAME, literal("x"))))).isFalse();
    }

    @Test
    void isNotTouchedByAnotherPredicateOfTheSameSubject() {
        reads.lookedUp(A, LINK, Node.ANY);

        assertThat(reads.touchedByAny(List.of(Triple.create(A, NAME, literal("x"))))).isFalse();
        assertThat(reads.touchedByAny(List.of(Triple.create(A, LINK, C)))).isTrue();
    }

    @Test
    void isTouchedByATripleThatLinksToAnObjectItLookedUpBackwards() {
        reads.lookedUp(Node.ANY, LINK, C);

        assertThat(reads.touchedByAny(List.of(Triple.create(B, LINK, C)))).isTrue();
        assertThat(reads.touchedByAny(List.of(Triple.create(B, LINK, A)))).isFalse();
        assertThat(reads.touchedByAny(List.of(Triple.create(B, NAME, C)))).isFalse();
    }

    @Test
    void matchesLiteralsByValueAsTheStoreDoes() {
        reads.lookedUp(Node.ANY, NAME, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));

        assertThat(
                        reads.touchedByAny(
                                List.of(
                                        Triple.create(
                                                B,
                                                NAME,
                                                NodeFactory.createLiteralDT(
                                                        "01", XSDDatatype.XSDinteger)))))
                .isTrue();
    }

    @Test
    void isTouchedByAnyTripleOfAPredicateItScanned() {
        reads.lookedUp(Node.ANY, NAME, Node.ANY);

        assertThat(reads.touchedByAny(List.of(Triple.create(C, NAME, literal("y"))))).isTrue();
        assertThat(reads.touchedByAny(List.of(Triple.create(C, LINK, A)))).isFalse();
    }

    @Test
    void isTouchedByEverythingOnceTheWholeGraphWasRead() {
        reads.lookedUp(Node.ANY, Node.ANY, Node.ANY);

        assertThat(reads.touchedByAny(List.of(Triple.create(C, LINK, A)))).isTrue();
    }

    @Test
    void isTouchedByEverythingOnceItHoldsTooManyPatterns() {
        for (int i = 0; i <= ReadSet.MAX_PATTERNS; i++) {
            reads.lookedUp(uri("n" + i), LINK, Node.ANY);
        }

        assertThat(reads.touchedByAny(List.of(Triple.create(C, NAME, A)))).isTrue();
    }

    @Test
    void isTouchedByNothingWhenNoTriplesChanged() {
        reads.readEverything();

        assertThat(reads.touchedByAny(List.of())).isFalse();
    }

    @Test
    void recordsEveryWayOfReadingAGraph() {
        Graph data = GraphFactory.createDefaultGraph();
        data.add(A, LINK, B);

        ReadSet found = new ReadSet();
        new ReadRecordingGraph(data, found).find(A, LINK, Node.ANY).toList();
        ReadSet contained = new ReadSet();
        new ReadRecordingGraph(data, contained).contains(Triple.create(Node.ANY, LINK, B));
        ReadSet streamed = new ReadSet();
        new ReadRecordingGraph(data, streamed).stream(Node.ANY, NAME, Node.ANY).count();
        ReadSet sized = new ReadSet();
        new ReadRecordingGraph(data, sized).size();

        assertThat(found.touchedByAny(List.of(Triple.create(A, LINK, C)))).isTrue();
        assertThat(contained.touchedByAny(List.of(Triple.create(C, LINK, B)))).isTrue();
        assertThat(streamed.touchedByAny(List.of(Triple.create(C, NAME, B)))).isTrue();
        assertThat(sized.touchedByAny(List.of(Triple.create(C, NAME, B)))).isTrue();
    }

    private static Node uri(String name) {
        return NodeFactory.createURI("https://registry.test/" + name);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
