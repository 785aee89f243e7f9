package org.designregistry.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.designregistry.model.Registry;
import org.designregistry.server.security.TokenHashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running server that the HTTP integration tests share: one Spring context (same configuration,
 * so Spring's test context cache starts it once), the MHHS sample in a store under {@code target/},
 * an editor, a reader, an approver, an admin and an editor's API token, a 2 s query time-out, a
 * 5,000 solution cap, a 2 MB body limit, {@code LOAD} allowed from {@code localhost} and one
 * trusted write origin ({@value #TRUSTED_ORIGIN}). Tests that write use their own resources and
 * graphs, and leave the sample as they found it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ServerTestSupport {

    protected static final String EDITOR = "edith";
    protected static final String EDITOR_PASSWORD = "edith-password";
    protected static final String READER = "rita";
    protected static final String READER_PASSWORD = "rita-password";
    protected static final String APPROVER = "april";
    protected static final String APPROVER_PASSWORD = "april-password";
    protected static final String ADMIN = "ada";
    protected static final String ADMIN_PASSWORD = "ada-password";
    protected static final String TOKEN = "a-test-token-for-tools";
    protected static final String BASE = "https://registry.mhhs.example/id/";
    protected static final String TRUSTED_ORIGIN = "https://tools.example";

    private static final Path STORE =
            Path.of("target", "it-store-" + ProcessHandle.current().pid()).toAbsolutePath();

    @DynamicPropertySource
    static void serverProperties(DynamicPropertyRegistry properties) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        properties.add("registry.data", STORE::toString);
        properties.add("registry.security.users[0].name", () -> EDITOR);
        properties.add(
                "registry.security.users[0].password-hash", () -> bcrypt.encode(EDITOR_PASSWORD));
        properties.add("registry.security.users[0].roles", () -> "editor");
        properties.add("registry.security.users[1].name", () -> READER);
        properties.add(
                "registry.security.users[1].password-hash", () -> bcrypt.encode(READER_PASSWORD));
        properties.add("registry.security.users[1].roles", () -> "reader");
        properties.add("registry.security.users[2].name", () -> APPROVER);
        properties.add(
                "registry.security.users[2].password-hash", () -> bcrypt.encode(APPROVER_PASSWORD));
        properties.add("registry.security.users[2].roles", () -> "approver");
        properties.add("registry.security.users[3].name", () -> ADMIN);
        properties.add(
                "registry.security.users[3].password-hash", () -> bcrypt.encode(ADMIN_PASSWORD));
        properties.add("registry.security.users[3].roles", () -> "admin");
        properties.add("registry.security.tokens[0].name", () -> "tool");
        properties.add("registry.security.tokens[0].hash", () -> TokenHashes.hash(TOKEN));
        properties.add("registry.security.tokens[0].roles", () -> "editor");
        properties.add("registry.sparql.timeout", () -> "2s");
        properties.add("registry.sparql.result-limit", () -> "5000");
        properties.add("registry.limits.max-body-size", () -> "2MB");
        properties.add("registry.sparql.load-allowed-hosts", () -> "localhost");
        properties.add("registry.security.write-origins", () -> TRUSTED_ORIGIN);
        properties.add(
                "registry.change-requests.answerers[" + EDITOR + "]", () -> "body:TDWG,body:BPRWG");
    }

    @LocalServerPort protected int port;

    @Autowired protected Registry registry;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    protected HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(request(pathAndQuery).header("Accept", accept));
    }

    protected static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected static String editor() {
        return basic(EDITOR, EDITOR_PASSWORD);
    }

    protected static String reader() {
        return basic(READER, READER_PASSWORD);
    }

    protected static String approver() {
        return basic(APPROVER, APPROVER_PASSWORD);
    }

    protected static String admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    protected static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }
}
