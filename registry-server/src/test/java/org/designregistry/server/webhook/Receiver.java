package org.designregistry.server.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 for tests: keeps each request's body and signature and answers
 * with the statuses it is given, in turn (the last one repeats), or hangs.
 */
final class Receiver implements AutoCloseable {

    /** One request received. */
    record Received(String body, String signature, String change) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private Receiver(long hangMillis, int... statuses) {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(
                "/hook",
                exchange -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    int call = calls.getAndIncrement();
                    received.add(
                            new Received(
                                    new String(body, java.nio.charset.StandardCharsets.UTF_8),
                                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                                    exchange.getRequestHeaders()
                                            .getFirst(WebhookSender.CHANGE_HEADER)));
                    if (hangMillis > 0) {
                        try {
                            Thread.sleep(hangMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    int status = statuses[Math.min(call, statuses.length - 1)];
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                });
        server.start();
    }

    /** Returns a receiver that answers each request with these statuses in turn. */
    static Receiver answering(int... statuses) {
        return new Receiver(0, statuses);
    }

    /** Returns a receiver that holds each request this long before answering 204. */
    static Receiver hanging(long millis) {
        return new Receiver(millis, 204);
    }

    /** Returns the address of a port on 127.0.0.1 where nothing listens. */
    static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hook";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
