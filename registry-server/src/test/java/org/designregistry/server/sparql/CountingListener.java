package org.designregistry.server.sparql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on 127.0.0.1 that counts the connections made to it and answers each with one fixed
 * HTTP reply: the stand-in for a server that SPARQL or JSON-LD might make the registry call.
 */
final class CountingListener implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final byte[] reply;

    /** Starts listening on a free port; each connection is answered with {@code body}. */
    CountingListener(String contentType, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head =
                "HTTP/1.1 200 OK\r\nContent-Type: "
                        + contentType
                        + "\r\nContent-Length: "
                        + content.length
                        + "\r\nConnection: close\r\n\r\n";
        reply = (head + body).getBytes(StandardCharsets.UTF_8);
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread accepting = new Thread(this::accept, "counting-listener");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** Returns the port it listens on. */
    int port() {
        return socket.getLocalPort();
    }

    /** Returns how many connections it has accepted. */
    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connections.incrementAndGet();
                BufferedReader request =
                        new BufferedReader(
                                new InputStreamReader(
                                        connection.getInputStream(), StandardCharsets.US_ASCII));
                String line;
                do {
                    line = request.readLine();
                } while (line != null && !line.isEmpty());
                OutputStream out = connection.getOutputStream();
                out.write(reply);
                out.flush();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
