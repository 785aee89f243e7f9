package org.designregistry.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on 127.0.0.1 that counts the connections made to it: the address the hostile inputs
 * ask the server to fetch from, where any connection is one the server should not have made. Each
 * connection gets a small RDF reply, as a real server would give, then is closed.
 */
final class OutboundListener implements AutoCloseable {

    private static final String BODY = "<urn:outbound> <urn:fetched> \"by the server\" .\n";
    private static final String REPLY =
            "HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\nConnection: close\r\n"
                    + "Content-Length: "
                    + BODY.length()
                    + "\r\n\r\n"
                    + BODY;

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    /** Opens the listener on a free port of 127.0.0.1. */
    OutboundListener() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "outbound-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Returns {@code http://127.0.0.1:PORT} followed by {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** Returns the number of connections accepted so far. */
    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                client.setSoTimeout(2000);
                readHead(client.getInputStream());
                OutputStream out = client.getOutputStream();
                out.write(REPLY.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // A client that hangs up or sends nothing is counted all the same.
            }
        }
    }

    /** Reads the request's head: lines up to the first empty one, or two seconds' worth. */
    private static void readHead(InputStream in) throws IOException {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        try {
            for (String line = lines.readLine();
                    line != null && !line.isEmpty();
                    line = lines.readLine()) {
                // Only the connection matters, not what it asked for.
            }
        } catch (SocketTimeoutException e) {
            // Reply anyway.
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
