package org.designregistry.model.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes the single-term values of a document (keys, exact identifiers, sort keys, facet values) fit
 * Lucene, which refuses a term over {@value #LUCENE_MAX_BYTES} bytes of UTF-8 and with it the whole
 * document. The store accepts longer terms than that (up to its {@code TermLimits}, which may be
 * raised), so the index must take any term it is given.
 *
 * <p>A value of up to {@value #MAX_CHARS} characters (at most three bytes each) is kept as it is. A
 * longer exact-match value becomes its first characters, {@code #} and the SHA-256 of the whole:
 * still unique, and the same for the query as for the document. A longer sort or prefix value is
 * cut short, which keeps its order and its prefixes.
 */
final class IndexKeys {

    /** Lucene's limit on one term: {@code IndexWriter.MAX_TERM_LENGTH}. */
    static final int LUCENE_MAX_BYTES = 32_766;

    /** The longest value kept whole: three UTF-8 bytes a character stays under Lucene's limit. */
    static final int MAX_CHARS = 8_000;

    private static final int HASH_CHARS = 1 + 64;

    private IndexKeys() {}

    /** Returns the term that stands for {@code value} in an exact-match field. */
    static String key(String value) {
        if (value.length() <= MAX_CHARS) {
            return value;
        }
        return cut(value, MAX_CHARS - HASH_CHARS) + "#" + sha256(value);
    }

    /** Returns the term that stands for {@code value} in a sort or prefix field: its start. */
    static String prefix(String value) {
        return value.length() <= MAX_CHARS ? value : cut(value, MAX_CHARS);
    }

    /** Returns the first {@code length} characters, one fewer if that splits a surrogate pair. */
    private static String cut(String value, int length) {
        int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
        return value.substring(0, end);
    }

    private static String sha256(String value) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
