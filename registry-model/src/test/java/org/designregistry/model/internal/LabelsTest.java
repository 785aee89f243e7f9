package org.designregistry.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final Node THING = NodeFactory.createURI("https://registry.test/id/thing/T1");

    private final Graph graph = GraphFactory.createDefaultGraph();

    @Test
    void prefersPlainThenEnglishThenOtherLanguagesThenTheSmallestText() {
        label(NodeFactory.createLiteralLang("Zählerstände", "de"));
        label(NodeFactory.createLiteralLang("Meter reads", "en-GB"));
        assertThat(Labels.label(graph, THING)).isEqualTo("Meter reads");

        label(NodeFactory.createLiteralString("reads"));
        label(NodeFactory.createLiteralString("Reads"));
        assertThat(Labels.label(graph, THING)).isEqualTo("Reads");
    }

    @Test
    void fallsBackToPrefLabelThenTitleThenTheLocalName() {
        assertThat(Labels.label(graph, THING)).isEqualTo("T1");

        graph.add(THING, DCTerms.title.asNode(), NodeFactory.createLiteralString("Title"));
        assertThat(Labels.label(graph, THING)).isEqualTo("Title");

        graph.add(THING, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Preferred"));
        assertThat(Labels.label(graph, THING)).isEqualTo("Preferred");
    }

    @Test
    void localNameIsTheLastSegmentOfTheIri() {
        assertThat(Labels.localName("https://w3id.org/design-registry#DataItem"))
                .isEqualTo("DataItem");
        assertThat(Labels.localName("https://registry.test/id/process/BP009")).isEqualTo("BP009");
        assertThat(Labels.localName("urn:x:y")).isEqualTo("y");
        assertThat(Labels.localName("https://registry.test/")).isEqualTo("https://registry.test/");
    }

    private void label(Node literal) {
        graph.add(THING, RDFS.label.asNode(), literal);
    }
}
