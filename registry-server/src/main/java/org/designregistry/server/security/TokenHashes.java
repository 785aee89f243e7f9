package org.designregistry.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** API tokens and their hashes: made, hashed and checked in one place. */
public final class TokenHashes {

    /** The prefix of a SHA-256 token hash in the configuration. */
    public static final String SHA256 = "sha256:";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    private TokenHashes() {}

    /** Returns a new random token: 32 bytes, URL-safe base64 without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns the configuration form of a token's hash: {@code sha256:} and hex. */
    public static String hash(String token) {
        return SHA256 + HexFormat.of().formatHex(sha256(token));
    }

    /**
     * Returns true when the token matches a configured hash: a SHA-256 one ({@code sha256:hex}, or
     * bare hex), compared in constant time, or a bcrypt one ({@code $2a$...}).
     */
    public static boolean matches(String token, String configuredHash) {
        if (token == null || configuredHash == null || configuredHash.isBlank()) {
            return false;
        }
        String hash = configuredHash.strip();
        if (hash.startsWith("$2")) {
            return BCRYPT.matches(token, hash);
        }
        String hex = hash.toLowerCase(Locale.ROOT);
        if (hex.startsWith(SHA256)) {
            hex = hex.substring(SHA256.length());
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
