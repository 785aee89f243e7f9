package org.designregistry.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.designregistry.server.security.TokenHashes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code registry create-token}: makes a random API token, prints it once, and prints the
 * configuration lines that hold only its SHA-256 hash.
 */
@Command(
        name = "create-token",
        header = "Makes an API token for a tool and prints its configuration.",
        description =
                "Prints the new token (shown once: give it to the tool, which sends it as"
                        + " 'Authorization: Bearer TOKEN') and the registry.security.tokens[N].*"
                        + " lines, which hold only its hash.")
final class CreateTokenCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
            names = "--name",
            required = true,
            paramLabel = "NAME",
            description = "What the token is for, such as ci.")
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
            description = "The token's place in registry.security.tokens (default: 0).")
    private int index;

    @Override
    public Integer call() {
        String roleText = Credentials.roles(spec, roles);
        String token = TokenHashes.newToken();
        String prefix = "registry.security.tokens[" + index + "].";
        PrintWriter out = spec.commandLine().getOut();
        out.println("# The token, shown only now; the tool sends 'Authorization: Bearer <token>':");
        out.println("# " + token);
        out.println(prefix + "name=" + name);
        out.println(prefix + "hash=" + TokenHashes.hash(token));
        out.println(prefix + "roles=" + roleText);
        return ExitCodes.OK;
    }
}
