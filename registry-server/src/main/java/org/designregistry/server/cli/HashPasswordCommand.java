package org.designregistry.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.model.RegistryException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registry hash-password}: reads a password and prints the configuration lines of a user
 * with its bcrypt hash. The password itself is never printed or stored.
 */
@Command(
        name = "hash-password",
        header = "Prints the configuration of a user, with a bcrypt hash of the password.",
        description =
                "Reads the password from the console, or the first line of standard input, and"
                        + " prints registry.security.users[N].* lines for application.properties.")
final class HashPasswordCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "User name.")
    private String name;

    @Option(
            names = "--roles",
            split = ",",
            paramLabel = "ROLE",
            defaultValue = "editor",
            description = "Roles: reader, editor, approver, admin (default: editor).")
    private List<String> roles;

    @Option(
            names = "--index",
            paramLabel = "N",
            defaultValue = "0",
            description = "The user's place in registry.security.users (default: 0).")
    private int index;

    @Override
    public Integer call() throws IOException {
        String roleText = Credentials.roles(spec, roles);
        String password = readPassword();
        if (password == null || password.isEmpty()) {
            throw new RegistryException("No password given: type it, or pipe it on standard input");
        }
        String prefix = "registry.security.users[" + index + "].";
        PrintWriter out = spec.commandLine().getOut();
        out.println(prefix + "name=" + name);
        out.println(prefix + "password-hash=" + new BCryptPasswordEncoder().encode(password));
        out.println(prefix + "roles=" + roleText);
        return ExitCodes.OK;
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return in.readLine();
    }
}
