package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.assertNoInternals;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.contentType;
import static org.designregistry.server.sparql.SparqlProtocolIntegrationTest.encode;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server reads nothing from elsewhere for a client: {@code LOAD} from a file or from a host not
 * allowed, {@code SERVICE} in an update or a query, and JSON-LD with a remote context are refused,
 * and a listener on 127.0.0.1 counts no connection; a failed {@code LOAD} from an allowed host
 * ({@code localhost} in these tests) says nothing of what it read.
 */
class OutboundRequestsIntegrationTest extends ServerTestSupport {

    private static final String SECRET = "root:x:0:0:secret-line-7f3a";

    private CountingListener listener;

    @TempDir Path dir;

    @BeforeEach
    void listen() throws IOException {
        listener = new CountingListener("text/turtle", SECRET + "\n");
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void refusesLoadFromFileWithoutEchoingIt() throws IOException {
        Path file = dir.resolve("passwd");
        Files.writeString(file, SECRET + "\n");
        String graph = "urn:test:load-file-" + System.nanoTime();

        HttpResponse<String> reply =
                update("LOAD <" + file.toUri() + "> INTO GRAPH <" + graph + ">");
        HttpResponse<String> etcPasswd = update("LOAD <file:///etc/passwd>");

        assertRefused(reply, "never loads its own files");
        assertThat(reply.body()).doesNotContain("secret-line");
        assertRefused(etcPasswd, "never loads its own files");
        assertThat(etcPasswd.body()).doesNotContain("root:");
        assertThat(get("/data?graph=" + encode(graph), "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesLoadFromAHostNotAllowedWithoutConnecting() {
        HttpResponse<String> reply =
                update(
                        "LOAD <http://127.0.0.1:"
                                + listener.port()
                                + "/data.ttl> INTO GRAPH <urn:test:load-http>");

        assertRefused(reply, "registry.sparql.load-allowed-hosts");
        assertThat(listener.connections()).isZero();
    }

    @Test
    void answersAFailedLoadFromAnAllowedHostWithoutWhatItRead() {
        HttpResponse<String> reply =
                update("LOAD <http://localhost:" + listener.port() + "/data.ttl>");

        assertThat(listener.connections()).isEqualTo(1);
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("LOAD failed").doesNotContain("secret-line");
        assertNoInternals(reply);
    }

    @Test
    void refusesServiceInAnUpdateWithoutConnecting() {
        String service = "http://127.0.0.1:" + listener.port() + "/sparql";

        HttpResponse<String> reply =
                update(
                        "INSERT { <urn:test:s> <urn:test:p> ?o } WHERE { SERVICE <"
                                + service
                                + "> { ?s ?p ?o } }");

        assertRefused(reply, "SERVICE <" + service + "> refused");
        assertThat(listener.connections()).isZero();
    }

    @Test
    void refusesServiceHiddenInAFilterOfAnUpdateWithoutConnecting() {
        HttpResponse<String> reply =
                update(
                        "INSERT { <urn:test:s> <urn:test:p> ?o } WHERE { ?s ?p ?o FILTER EXISTS {"
                                + " SERVICE <http://127.0.0.1:"
                                + listener.port()
                                + "/sparql> { ?s ?p ?o } } }");

        assertRefused(reply, "refused");
        assertThat(listener.connections()).isZero();
    }

    @Test
    void refusesServiceInAQueryWithoutConnecting() {
        String query =
                "SELECT * WHERE { SERVICE <http://127.0.0.1:"
                        + listener.port()
                        + "/sparql> { ?s ?p ?o } }";

        HttpResponse<String> reply =
                get("/sparql?query=" + encode(query), "application/sparql-results+json");

        assertRefused(reply, "refused");
        assertThat(listener.connections()).isZero();
    }

    @Test
    void refusesJsonLdWithARemoteContextWithoutConnecting() {
        String context = "http://127.0.0.1:" + listener.port() + "/context.jsonld";
        String jsonld =
                "{\"@context\": \""
                        + context
                        + "\", \"@id\": \"urn:test:s\", \"label\": \"remote\"}";

        HttpResponse<String> reply =
                send(
                        request("/data?default")
                                .header("Authorization", editor())
                                .header("Content-Type", "application/ld+json")
                                .POST(body(jsonld)));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains(context);
        assertNoInternals(reply);
        assertThat(listener.connections()).isZero();
    }

    private static void assertRefused(HttpResponse<String> reply, String detail) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(403);
        assertThat(contentType(reply)).startsWith("application/problem+json");
        assertThat(JsonPath.parse(reply.body()).read("$.detail", String.class)).contains(detail);
        assertNoInternals(reply);
    }

    private HttpResponse<String> update(String update) {
        return send(
                request("/sparql")
                        .header("Authorization", editor())
                        .header("Content-Type", "application/sparql-update")
                        .POST(body(update)));
    }
}
