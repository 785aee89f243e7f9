package org.designregistry.server.registers;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file part, as a browser or the CLI sends it. */
final class Multipart {

    static final String BOUNDARY = "registry-test-boundary-7f3a";

    private Multipart() {}

    /** Returns the content type header value of the bodies this writes. */
    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** Returns a body with the file {@code name} holding {@code content} as part {@code file}. */
    static HttpRequest.BodyPublisher file(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + BOUNDARY + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n");
        write(out, "Content-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + BOUNDARY + "--\r\n");
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
