package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.designregistry.server.security.TokenHashes;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class CredentialCommandsTest {

    @Test
    void hashPasswordPrintsTheUsersConfigurationWithABcryptHash() {
        InputStream stdin = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream("s3cret\n".getBytes(StandardCharsets.UTF_8)));
            run =
                    CliRun.of(
                            "hash-password",
                            "--name",
                            "alice",
                            "--roles",
                            "editor,approver",
                            "--index",
                            "2");
        } finally {
            System.setIn(stdin);
        }

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("registry.security.users[2].name=alice");
        assertThat(run.out()).contains("registry.security.users[2].roles=editor,approver");
        assertThat(run.out()).doesNotContain("s3cret");
        String hash =
                run.out()
                        .lines()
                        .filter(l -> l.startsWith("registry.security.users[2].password-hash="))
                        .findFirst()
                        .orElseThrow()
                        .substring("registry.security.users[2].password-hash=".length());
        assertThat(new BCryptPasswordEncoder().matches("s3cret", hash)).isTrue();
    }

    @Test
    void createTokenPrintsTheTokenOnceAndOnlyItsHashInTheConfiguration() {
        CliRun run = CliRun.of("create-token", "--name", "ci");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String token =
                run.out()
                        .lines()
                        .filter(l -> l.startsWith("# ") && l.indexOf(' ', 2) < 0)
                        .findFirst()
                        .orElseThrow()
                        .substring(2);
        String hash =
                run.out()
                        .lines()
                        .filter(l -> l.startsWith("registry.security.tokens[0].hash="))
                        .findFirst()
                        .orElseThrow()
                        .substring("registry.security.tokens[0].hash=".length());
        assertThat(TokenHashes.matches(token, hash)).isTrue();
        assertThat(run.out()).contains("registry.security.tokens[0].roles=editor");
    }

    @Test
    void refusesAnUnknownRoleAsAUsageError() {
        CliRun run = CliRun.of("create-token", "--name", "ci", "--roles", "superuser");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown role 'superuser'");
    }
}
