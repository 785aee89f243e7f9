package org.designregistry.server.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The registry's roles, each including the ones below it: a reader reads, an editor also writes
 * (SPARQL update, graph store, REST), an approver also records decisions, an admin may do anything.
 */
public enum Role {
    /** Reads everything; needed only when reads require a login. */
    READER,
    /** Also changes the registry. */
    EDITOR,
    /** Also records decisions. */
    APPROVER,
    /** Also administers the server. */
    ADMIN;

    /** Returns the Spring Security authority, such as {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Returns the role with the given name, ignoring case.
     *
     * @throws IllegalArgumentException naming the roles if there is none
     */
    public static Role fromName(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.name().equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown role '"
                                                + name
                                                + "': expected one of "
                                                + Arrays.stream(values())
                                                        .map(r -> r.name().toLowerCase(Locale.ROOT))
                                                        .collect(Collectors.joining(", "))));
    }

    /** Returns Spring Security's role hierarchy: each role includes those below it. */
    static String hierarchy() {
        return "ROLE_ADMIN > ROLE_APPROVER\nROLE_APPROVER > ROLE_EDITOR\nROLE_EDITOR > ROLE_READER";
    }
}
