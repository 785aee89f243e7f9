package org.designregistry.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code registry serve}: starts the HTTP server, mapping {@code --data} and {@code --port} to the
 * {@code registry.data} and {@code server.port} properties, and passing any other property as
 * {@code --name=value} to Spring Boot unchanged (as {@code docs/configuration.md} describes).
 *
 * <p>Options left out are not passed on, so the server's other configuration sources ({@code
 * REGISTRY_DATA}, {@code SERVER_PORT}, {@code application.properties}) still apply.
 */
@Command(
        name = ServeCommand.NAME,
        header = "Starts the HTTP server (the default command).",
        description =
                "Serves the registry over HTTP until stopped. On a start with an empty store"
                        + " it first loads the MHHS sample. Any server property may follow as"
                        + " --name=value, such as --registry.sparql.timeout=10s.")
final class ServeCommand implements Callable<Integer> {

    /** The command's name. */
    static final String NAME = "serve";

    /** A Spring Boot command-line property: {@code --name=value}, the value possibly empty. */
    private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z0-9][^=\\s]*=.*");

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = {"-p", "--port"},
            paramLabel = "PORT",
            description = "The HTTP port, 0 for any free port (default: 8080).")
    private Integer port;

    /**
     * Spring Boot properties such as {@code --registry.sparql.timeout=10s}, passed on as given;
     * picocli leaves them here rather than refusing them as unknown options.
     */
    @Unmatched private List<String> properties = new ArrayList<>();

    @Override
    public Integer call() {
        registry.launchServer(springArgs());
        return ExitCodes.OK;
    }

    /** Returns the Spring Boot arguments that carry this command's options. */
    String[] springArgs() {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--port': " + port + " is not a port (0 to 65535)");
        }
        List<String> args = new ArrayList<>();
        if (registry.dataGiven()) {
            args.add("--registry.data=" + registry.dataDir());
        }
        if (port != null) {
            args.add("--server.port=" + port);
        }
        for (String property : properties) {
            if (!PROPERTY.matcher(property).matches()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "Unknown option or argument '"
                                + property
                                + "': serve takes --data, --port and server properties as"
                                + " --name=value");
            }
            args.add(property);
        }
        return args.toArray(String[]::new);
    }
}
