package org.designregistry.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.GraphAssertions;
import org.junit.jupiter.api.Test;

/**
 * Whether validating some focus nodes may read some triples: those the shapes read from the node
 * itself and from what it links to, through the links in the graph, and not others.
 */
class ValidationReadsTest {

    private static final String T = "https://registry.test/targets#";
    private final RegistryValidator validator =
            RegistryValidator.forShapes(GraphAssertions.resource("validation/reads-shapes.ttl"));
    private final Graph data = GraphAssertions.resource("validation/reads-data.ttl");
    private final Graph terms = GraphFactory.createDefaultGraph();

    @Test
    void readsTheFocusNodesOwnTriples() {
        assertThat(mayRead("a", triple("a", RDFS.label.getURI(), "b"))).isTrue();
    }

    @Test
    void readsTheTypeOfWhatTheNodeLinksTo() {
        // The class constraint on t:owner reads the owner's rdf:type, one link away.
        assertThat(mayRead("a", Triple.create(node("b"), RDF.type.asNode(), node("Owner"))))
                .isTrue();
    }

    @Test
    void doesNotReadTriplesOfNodesItDoesNotReach() {
        assertThat(mayRead("a", Triple.create(node("c"), RDF.type.asNode(), node("Owner"))))
                .isFalse();
        assertThat(mayRead("a", triple("b", T + "unread", "c"))).isFalse();
    }

    @Test
    void readsATripleThatWouldLinkItsNodeToAnother() {
        // Not in the graph: a link the node's shape reads would read it, whether added or removed.
        assertThat(mayRead("a", triple("a", T + "owner", "c"))).isTrue();
    }

    @Test
    void cannotTellForAChangeToTheClassHierarchy() {
        assertThat(mayRead("a", triple("Owner", RDFS.subClassOf.getURI(), "Thing"))).isTrue();
    }

    private boolean mayRead(String focus, Triple triple) {
        return validator.mayRead(data, terms, Set.of(node(focus)), List.of(triple));
    }

    private static Triple triple(String s, String p, String o) {
        return Triple.create(node(s), NodeFactory.createURI(p), node(o));
    }

    private static Node node(String name) {
        return NodeFactory.createURI(name.startsWith("http") ? name : T + name);
    }
}
