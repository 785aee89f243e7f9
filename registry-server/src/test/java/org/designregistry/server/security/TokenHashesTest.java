package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class TokenHashesTest {

    @Test
    void matchesATokenAgainstItsSha256Hash() {
        String token = TokenHashes.newToken();
        String hash = TokenHashes.hash(token);

        assertThat(hash).startsWith("sha256:").hasSize("sha256:".length() + 64);
        assertThat(TokenHashes.matches(token, hash)).isTrue();
        assertThat(TokenHashes.matches(token, hash.substring("sha256:".length()))).isTrue();
        assertThat(TokenHashes.matches(token + "x", hash)).isFalse();
    }

    @Test
    void matchesATokenAgainstABcryptHash() {
        String hash = new BCryptPasswordEncoder(4).encode("tool-token");

        assertThat(TokenHashes.matches("tool-token", hash)).isTrue();
        assertThat(TokenHashes.matches("other", hash)).isFalse();
    }

    @Test
    void neverMatchesAMalformedOrMissingHash() {
        assertThat(TokenHashes.matches("t", "sha256:not-hex")).isFalse();
        assertThat(TokenHashes.matches("t", "")).isFalse();
        assertThat(TokenHashes.matches(null, TokenHashes.hash("t"))).isFalse();
    }

    @Test
    void makesDifferentTokensEachTime() {
        assertThat(TokenHashes.newToken()).isNotEqualTo(TokenHashes.newToken()).hasSize(43);
    }
}
