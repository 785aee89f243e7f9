package org.designregistry.model.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The version of a resource's description: a SHA-256 hash, cut to 128 bits, of the sorted N-Triples
 * lines of every triple it is the subject or object of. It is the resource's {@code ETag} in the
 * API, which {@code If-Match} names.
 */
public final class Versions {

    private Versions() {}

    /** Returns the version of {@code resource}'s description in {@code data}. */
    public static String of(Graph data, Node resource) {
        MessageDigest digest = sha256();
        Stream.concat(
                        data.stream(resource, Node.ANY, Node.ANY),
                        data.stream(Node.ANY, Node.ANY, resource))
                .map(Versions::line)
                .distinct()
                .sorted()
                .forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject())
                + " "
                + NodeFmtLib.strNT(t.getPredicate())
                + " "
                + NodeFmtLib.strNT(t.getObject())
                + " .\n";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
