package org.designregistry.server.cli;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multipart/form-data request body of file parts, for uploads to a running server. */
final class MultipartBody {

    private final String boundary = "registry-" + UUID.randomUUID();
    private final List<byte[]> parts = new ArrayList<>();

    /** Adds the file at {@code path} as the part {@code name}, sent as {@code fileName}. */
    MultipartBody file(String name, String fileName, Path path) throws IOException {
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"; filename=\""
                        + fileName.replace("\"", "")
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        parts.add(head.getBytes(StandardCharsets.UTF_8));
        parts.add(Files.readAllBytes(path));
        parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Returns the Content-Type header value. */
    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Returns the body. */
    HttpRequest.BodyPublisher publisher() {
        List<byte[]> all = new ArrayList<>(parts);
        all.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArrays(all);
    }
}
