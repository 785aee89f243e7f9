package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/** Jena's own remote client, {@link RDFConnectionRemote}, against the running server. */
class RdfConnectionIntegrationTest extends ServerTestSupport {

    @Test
    void queriesWithJenasRemoteClient() {
        try (RDFConnection connection = connect(null)) {
            long processes =
                    connection
                            .query(
                                    "PREFIX dr: <https://w3id.org/design-registry#> SELECT"
                                            + " (COUNT(?p) AS ?n) WHERE { ?p a dr:BusinessProcess }")
                            .execSelect()
                            .next()
                            .getLiteral("n")
                            .getLong();
            Model des138 =
                    connection.queryDescribe(
                            "DESCRIBE <https://registry.mhhs.example/id/artefact/DES138>");

            assertThat(processes).isEqualTo(120);
            assertThat(des138.size()).isPositive();
        }
    }

    @Test
    void updatesAndUsesTheGraphStoreAsAnEditor() {
        Model data = ModelFactory.createDefaultModel();
        Resource thing = data.createResource("urn:test:rdfconnection-" + System.nanoTime());
        data.add(thing, RDFS.label, "A thing");

        try (RDFConnection connection = connect(editorClient())) {
            connection.load(data);
            connection.update(
                    "INSERT DATA { <"
                            + thing.getURI()
                            + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"added\" }");
            Model afterUpdate = connection.fetch();
            connection.update("DELETE WHERE { <" + thing.getURI() + "> ?p ?o }");

            assertThat(afterUpdate.listStatements(thing, null, (RDFNode) null).toList()).hasSize(2);
            assertThat(connection.fetch().containsResource(thing)).isFalse();
            assertThatThrownBy(() -> connection.put("urn:test:named", data))
                    .isInstanceOf(HttpException.class)
                    .satisfies(e -> assertThat(((HttpException) e).getStatusCode()).isEqualTo(403));
        }
    }

    @Test
    void isRefusedWritesWithoutCredentials() {
        Graph graph = GraphMemFactory.createDefaultGraph();
        graph.add(
                NodeFactory.createURI("urn:test:s"),
                RDFS.label.asNode(),
                NodeFactory.createLiteralString("x"));
        try (RDFConnection connection = connect(null)) {
            assertThatThrownBy(
                            () -> connection.update("INSERT DATA { <urn:test:s> <urn:test:p> 1 }"))
                    .isInstanceOf(HttpException.class)
                    .satisfies(e -> assertThat(((HttpException) e).getStatusCode()).isEqualTo(401));
            assertThatThrownBy(
                            () ->
                                    connection.put(
                                            "urn:test:anonymous",
                                            ModelFactory.createModelForGraph(graph)))
                    .isInstanceOf(HttpException.class);
        }
    }

    private RDFConnection connect(HttpClient client) {
        RDFConnectionRemoteBuilder builder =
                RDFConnectionRemote.newBuilder()
                        .destination("http://localhost:" + port)
                        .queryEndpoint("sparql")
                        .updateEndpoint("sparql")
                        .gspEndpoint("data");
        if (client != null) {
            builder.httpClient(client);
        }
        return builder.build();
    }

    private static HttpClient editorClient() {
        return HttpClient.newBuilder()
                .authenticator(
                        new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(
                                        EDITOR, EDITOR_PASSWORD.toCharArray());
                            }
                        })
                .build();
    }
}
