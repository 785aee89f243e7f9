package org.designregistry.server.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dereferencing resource IRIs at {@code /id/{kind}/{id}} in every format. */
class LinkedDataIntegrationTest extends ServerTestSupport {

    private static final Node DES138 = NodeFactory.createURI(BASE + "artefact/DES138");

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TURTLE",
        "application/ld+json, JSONLD",
        "application/n-triples, NTRIPLES",
        "application/rdf+xml, RDFXML"
    })
    void describesAResourceInEachRdfSyntax(String accept, String lang) {
        HttpResponse<String> reply = get("/id/artefact/DES138", accept);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(accept));
        Graph graph = GraphMemFactory.createDefaultGraph();
        Lang syntax =
                switch (lang) {
                    case "TURTLE" -> Lang.TURTLE;
                    case "JSONLD" -> Lang.JSONLD;
                    case "NTRIPLES" -> Lang.NTRIPLES;
                    default -> Lang.RDFXML;
                };
        RDFParser.fromString(reply.body(), syntax).parse(graph);
        assertThat(
                        graph.contains(
                                DES138,
                                DCTerms.identifier.asNode(),
                                NodeFactory.createLiteralString("DES138")))
                .isTrue();
        long own = registry.read(m -> m.getGraph().stream(DES138, Node.ANY, Node.ANY).count());
        assertThat(graph.stream(DES138, Node.ANY, Node.ANY).count()).isEqualTo(own);
        // The labels of what it links to: its owner and its status.
        assertThat(
                        graph.contains(
                                NodeFactory.createURI(BASE + "workstream/Elexon-Central-Systems"),
                                RDFS.label.asNode(),
                                Node.ANY))
                .isTrue();
        assertThat(
                        graph.stream(
                                        NodeFactory.createURI(
                                                "https://w3id.org/design-registry/status/Approved"),
                                        Node.ANY,
                                        Node.ANY)
                                .count())
                .isEqualTo(1);
    }

    @Test
    void answersTurtleWhenAnythingIsAccepted() {
        HttpResponse<String> reply = get("/id/process/BP009", "*/*");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    }

    @Test
    void sendsBrowsersToTheResourcesPage() {
        String browser = "text/html,application/xhtml+xml,*/*;q=0.8";

        HttpResponse<String> reply = get("/id/artefact/DES138", browser);

        assertThat(reply.statusCode()).isEqualTo(303);
        assertThat(reply.headers().firstValue("Location")).contains("/resource/artefact/DES138");
        HttpResponse<String> page = get("/resource/artefact/DES138", browser);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("DES138").contains("Interface Catalogue");
    }

    @Test
    void answersUnknownResourcesWith404() {
        assertThat(get("/id/artefact/NOPE1", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/id/artefact/NOPE1", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void answersUnofferedMediaTypesWith406() {
        assertThat(get("/id/artefact/DES138", "image/png").statusCode()).isEqualTo(406);
    }
}
