package org.designregistry.server.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.designregistry.server.bench.BenchHttp.Reply;

/**
 * What the store holds, as the server exports it: the number of quads of the whole dataset (default
 * graph and named graphs, from the graph store's {@code GET /data} as N-Quads) and a SHA-256 of its
 * sorted lines, so that two states are equal exactly when the store holds the same quads.
 *
 * @param quads the number of quads, or -1 when the export failed
 * @param sha256 the hash of the sorted N-Quads lines, or why the export failed
 */
record StoreState(long quads, String sha256) {

    /** Exports the store of the server and returns its state. */
    static StoreState of(JarServer server, BenchHttp http) {
        Reply export =
                http.send(
                        BenchHttp.request(server.uri("/data"))
                                .header("Accept", "application/n-quads"));
        if (export.status() != 200) {
            return new StoreState(-1, "export failed: " + export.statusText());
        }
        List<String> lines = export.body().lines().filter(l -> !l.isBlank()).sorted().toList();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return new StoreState(lines.size(), HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Returns whether the export worked. */
    boolean known() {
        return quads >= 0;
    }

    /** Returns how the report shows a change from {@code before} to this state. */
    String changeFrom(StoreState before) {
        if (!known() || !before.known()) {
            return "unknown (" + (known() ? before.sha256 : sha256) + ")";
        }
        if (equals(before)) {
            return "unchanged";
        }
        return String.format(Locale.ROOT, "changed (%+,d quads)", quads - before.quads);
    }
}
