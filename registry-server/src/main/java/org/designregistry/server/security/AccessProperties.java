package org.designregistry.server.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the registry: {@code registry.security.*}.
 *
 * <pre>
 * registry.security.read-requires-login=false
 * registry.security.users[0].name=alice
 * registry.security.users[0].password-hash=$2a$10$...        (bcrypt: registry hash-password)
 * registry.security.users[0].roles=editor
 * registry.security.tokens[0].name=ci
 * registry.security.tokens[0].hash=sha256:9f86d08...          (registry create-token)
 * registry.security.tokens[0].roles=editor
 * </pre>
 *
 * @param readRequiresLogin whether reading needs the reader role (default false: reads are open)
 * @param users people, who sign in with HTTP Basic or the login form
 * @param tokens API tokens for tools, sent as {@code Authorization: Bearer <token>}
 */
@ConfigurationProperties("registry.security")
public record AccessProperties(
        @DefaultValue("false") boolean readRequiresLogin, List<User> users, List<Token> tokens) {

    /** Makes missing lists empty. */
    public AccessProperties {
        users = users == null ? List.of() : List.copyOf(users);
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    /**
     * A person.
     *
     * @param name the user name
     * @param passwordHash the bcrypt hash of the password, such as {@code $2a$10$...}
     * @param roles the roles: reader, editor, approver, admin
     */
    public record User(String name, String passwordHash, List<String> roles) {

        /** Makes a missing list empty. */
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * An API token, kept only as a hash.
     *
     * @param name what the token is for, shown in logs
     * @param hash {@code sha256:} and the SHA-256 of the token in hex, or a bcrypt hash
     * @param roles the roles: reader, editor, approver, admin
     */
    public record Token(String name, String hash, List<String> roles) {

        /** Makes a missing list empty. */
        public Token {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
