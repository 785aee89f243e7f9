package org.designregistry.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfParseException;
import org.designregistry.model.RdfSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON-LD whose {@code @context} or {@code @import} names a URL is refused without fetching it: a
 * listener on 127.0.0.1 counts the connections the parses make, and must count none.
 */
class RemoteJsonLdRefusalTest {

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    @TempDir Path dir;

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting =
                new Thread(
                        () -> {
                            while (!listener.isClosed()) {
                                try (Socket socket = listener.accept()) {
                                    connections.incrementAndGet();
                                } catch (IOException e) {
                                    return;
                                }
                            }
                        });
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void refusesARemoteContextWithoutConnecting() {
        String url = "http://127.0.0.1:" + listener.getLocalPort() + "/context.jsonld";

        assertThatThrownBy(
                        () ->
                                parse(
                                        "{\"@context\": \""
                                                + url
                                                + "\", \"@id\": \"https://registry.test/id/a\"}"))
                .isInstanceOf(RdfParseException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("refused");
        assertThat(connections).hasValue(0);
    }

    @Test
    void refusesARemoteImportWithoutConnecting() {
        String url = "https://127.0.0.1:" + listener.getLocalPort() + "/import.jsonld";

        assertThatThrownBy(
                        () ->
                                parse(
                                        "{\"@context\": {\"@version\": 1.1, \"@import\": \""
                                                + url
                                                + "\"}, \"@id\": \"https://registry.test/id/a\"}"))
                .isInstanceOf(RdfParseException.class)
                .hasMessageContaining("refused");
        assertThat(connections).hasValue(0);
    }

    @Test
    void refusesAFileContextWithoutEchoingTheFile() throws IOException {
        Path secret = dir.resolve("secret.jsonld");
        Files.writeString(secret, "{\"@context\": {\"secret-value-42\": \"urn:x\"}}");

        assertThatThrownBy(
                        () ->
                                parse(
                                        "{\"@context\": \""
                                                + secret.toUri()
                                                + "\", \"@id\": \"https://registry.test/id/a\"}"))
                .isInstanceOf(RdfParseException.class)
                .hasMessageContaining("refused")
                .hasMessageNotContaining("secret-value-42");
    }

    @Test
    void stillReadsAnInlineContext() {
        Graph graph =
                parse(
                        "{\"@context\": {\"label\": \"http://www.w3.org/2000/01/rdf-schema#label\"},"
                                + " \"@id\": \"https://registry.test/id/a\", \"label\": \"A\"}");

        assertThat(graph.size()).isEqualTo(1);
    }

    private static Graph parse(String jsonld) {
        byte[] bytes = jsonld.getBytes(StandardCharsets.UTF_8);
        return RdfSource.stream(
                        "body.jsonld", () -> new ByteArrayInputStream(bytes), RdfFormat.JSON_LD)
                .parse();
    }
}
