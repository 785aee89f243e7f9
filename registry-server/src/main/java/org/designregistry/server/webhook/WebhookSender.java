package org.designregistry.server.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.designregistry.server.webhook.WebhookProperties.Subscription;

/**
 * Posts one signed body to one receiver. Keeps to the server's rules for requests it makes: only to
 * the configured address, never following a redirect (a 3xx counts as a failure), with a connect
 * and a reply timeout, and reading no more of the reply than its status.
 */
final class WebhookSender {

    /** The header with the change's number. */
    static final String CHANGE_HEADER = "X-Registry-Change";

    private final HttpClient client;
    private final WebhookProperties properties;

    WebhookSender(WebhookProperties properties) {
        this.properties = properties;
        this.client =
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(properties.connectTimeout())
                        .build();
    }

    /**
     * Posts the body and returns the receiver's status, 2xx meaning delivered.
     *
     * @throws IOException if the receiver cannot be reached or does not reply in time
     */
    int post(Subscription to, long change, byte[] body) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(to.url()))
                        .timeout(properties.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "design-registry-webhooks")
                        .header(CHANGE_HEADER, Long.toString(change))
                        .header(WebhookSignature.HEADER, WebhookSignature.sign(to.secret(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
