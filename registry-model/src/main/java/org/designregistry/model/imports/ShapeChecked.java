package org.designregistry.model.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.designregistry.model.Registry;

/**
 * A graph that a preview validated and found to add no shape violation, named by what makes it: the
 * committed registry it started from (the data version and the latest change, read in the preview's
 * transaction) and the exact changes it made (a SHA-256 digest of the triples removed and added, in
 * order). A commit that leaves the same graph need not validate it again.
 *
 * <p>Why both numbers: the data version counts commits but is raised just after each one, so a
 * writer that begins at that moment could read the old count over the new data; every commit that
 * changes the registry graph also writes a numbered change record in its own transaction, which the
 * latest change number sees at once. Why a digest and not the triples: it keeps nothing of the size
 * of the import in memory between a preview and its commit; a cryptographic digest, since a
 * different file must not pass for the previewed one.
 */
record ShapeChecked(long version, long latestChange, byte[] digest) {

    /** Returns the name of the graph {@code diff} leaves on the registry as this thread sees it. */
    static ShapeChecked of(Registry registry, long version, PlanDiff diff) {
        return new ShapeChecked(version, registry.history().latest(), digest(diff));
    }

    /** Returns true when both name the same graph. */
    boolean sameGraph(ShapeChecked other) {
        return other != null
                && version == other.version
                && latestChange == other.latestChange
                && MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShapeChecked checked && sameGraph(checked);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(version) * 31 + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "ShapeChecked[version=" + version + ", latestChange=" + latestChange + "]";
    }

    private static byte[] digest(PlanDiff diff) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        update(sha256, diff.removes());
        // No term starts with "-", so the two lists cannot run into each other.
        sha256.update((byte) '-');
        update(sha256, diff.adds());
        return sha256.digest();
    }

    private static void update(MessageDigest sha256, List<Triple> triples) {
        StringBuilder line = new StringBuilder();
        for (Triple t : triples) {
            line.setLength(0);
            term(line, t.getSubject());
            term(line, t.getPredicate());
            term(line, t.getObject());
            sha256.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes a term as its kind and its parts, each part preceded by its length, so that no two
     * terms, nor two runs of terms, are written alike; cheaper than N-Triples, which escapes.
     */
    private static void term(StringBuilder out, Node node) {
        if (node.isURI()) {
            part(out.append('U'), node.getURI());
        } else if (node.isLiteral()) {
            part(out.append('L'), node.getLiteralLexicalForm());
            part(out, node.getLiteralLanguage());
            part(out, String.valueOf(node.getLiteralBaseDirection()));
            part(out, node.getLiteralDatatypeURI());
        } else if (node.isBlank()) {
            part(out.append('B'), node.getBlankNodeLabel());
        } else {
            part(out.append('T'), node.toString());
        }
    }

    private static void part(StringBuilder out, String text) {
        String value = text == null ? "" : text;
        out.append(value.length()).append(':').append(value);
    }
}
