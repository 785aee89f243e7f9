package org.designregistry.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.designregistry.server.security.AccessProperties.Token;
import org.designregistry.server.security.AccessProperties.User;
import org.junit.jupiter.api.Test;

class SetupAdviceTest {

    @Test
    void explainsHowToCreateAUserWhenNoneIsConfigured() {
        SetupAdvice advice = new SetupAdvice(new AccessProperties(false, null, null));

        assertThat(advice.advice())
                .hasValueSatisfying(
                        text ->
                                assertThat(text)
                                        .contains("hash-password")
                                        .contains("create-token")
                                        .contains("refused"));
    }

    @Test
    void saysNothingWhenAUserOrTokenIsConfigured() {
        assertThat(
                        new SetupAdvice(
                                        new AccessProperties(
                                                false,
                                                List.of(new User("a", "$2a$", List.of("editor"))),
                                                null))
                                .advice())
                .isEmpty();
        assertThat(
                        new SetupAdvice(
                                        new AccessProperties(
                                                false,
                                                null,
                                                List.of(new Token("t", "sha256:00", List.of()))))
                                .advice())
                .isEmpty();
    }
}
