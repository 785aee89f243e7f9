package org.designregistry.server.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Timed HTTP/1.1 calls to the server under test. A call never throws: a reply that did not come
 * (refused connection, reset, time-out) is a {@link Reply} with status {@value #NO_REPLY} and the
 * reason, since the benches count those rather than stop at them.
 */
final class BenchHttp {

    /** The status of a reply that did not come. */
    static final int NO_REPLY = -1;

    /**
     * Bodies are kept up to this size; the rest is read and dropped (a hostile reply may be huge).
     */
    private static final int KEPT_BODY = 64 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    private BenchHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** Returns a client whose calls wait at most {@code timeout} for a whole reply. */
    static BenchHttp withTimeout(Duration timeout) {
        return new BenchHttp(builder().build(), timeout);
    }

    /** Returns a client that keeps cookies, as a browser keeps its session. */
    static BenchHttp withCookies(Duration timeout) {
        return new BenchHttp(builder().cookieHandler(new CookieManager()).build(), timeout);
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
    }

    /** Returns a request builder for {@code uri}. */
    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri);
    }

    /**
     * Sends the request and reads the whole reply, within this client's time-out from the first
     * byte sent to the last byte read.
     */
    Reply send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try {
            HttpResponse<InputStream> response =
                    client.send(
                            request.timeout(timeout).build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            String body = read(response.body(), deadline);
            return new Reply(
                    response.statusCode(),
                    body,
                    response.headers(),
                    System.nanoTime() - start,
                    null);
        } catch (IOException e) {
            return new Reply(NO_REPLY, "", null, System.nanoTime() - start, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(NO_REPLY, "", null, System.nanoTime() - start, "interrupted");
        }
    }

    private static String read(InputStream in, long deadline) throws IOException {
        try (in) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (kept.size() + n <= KEPT_BODY) {
                    kept.write(buffer, 0, n);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("reply body still coming at the time-out");
                }
            }
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * A reply, or its absence.
     *
     * @param status the HTTP status, or {@link #NO_REPLY}
     * @param body the body (its first 64 MB)
     * @param headers the headers, or null when no reply came
     * @param nanos the time from sending to the end of the body
     * @param error why no reply came, or null
     */
    record Reply(int status, String body, HttpHeaders headers, long nanos, String error) {

        /** Returns whether the status is 2xx. */
        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        /** Returns whether the status is 5xx. */
        boolean serverError() {
            return status >= 500;
        }

        /** Returns the first value of a header. */
        Optional<String> header(String name) {
            return headers == null ? Optional.empty() : headers.firstValue(name);
        }

        /** Returns the time taken in milliseconds. */
        double millis() {
            return nanos / 1e6;
        }

        /** Returns the status as a report shows it: the number, or why there was none. */
        String statusText() {
            return status == NO_REPLY ? "no reply (" + error + ")" : Integer.toString(status);
        }

        /** Returns the status and the body's first 300 characters. */
        @Override
        public String toString() {
            return statusText()
                    + (body.isEmpty()
                            ? ""
                            : ": " + body.substring(0, Math.min(body.length(), 300)));
        }
    }
}
