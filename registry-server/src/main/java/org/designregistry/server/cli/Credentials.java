package org.designregistry.server.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.designregistry.server.security.Role;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the credential commands share: checked role lists. */
final class Credentials {

    private Credentials() {}

    /** Returns the roles as configuration text, such as {@code editor,approver}. */
    static String roles(CommandSpec spec, List<String> roles) {
        try {
            return roles.stream()
                    .map(r -> Role.fromName(r).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(","));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
