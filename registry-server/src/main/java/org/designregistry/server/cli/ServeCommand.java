package org.designregistry.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code registry serve}: starts the HTTP server, mapping {@code --data} and {@code --port} to the
 * {@code registry.data} and {@code server.port} properties.
 *
 * <p>Options left out are not passed on, so the server's other configuration sources ({@code
 * REGISTRY_DATA}, {@code SERVER_PORT}, {@code application.properties}) still apply.
 */
@Command(
        name = ServeCommand.NAME,
        header = "Starts the HTTP server (the default command).",
        description =
                "Serves the registry over HTTP until stopped. On a start with an empty store"
                        + " it first loads the MHHS sample.")
final class ServeCommand implements Callable<Integer> {

    /** The command's name. */
    static final String NAME = "serve";

    @ParentCommand private RegistryCommand registry;

    @Spec private CommandSpec spec;

    @Option(
            names = {"-p", "--port"},
            paramLabel = "PORT",
            description = "The HTTP port, 0 for any free port (default: 8080).")
    private Integer port;

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
        return args.toArray(String[]::new);
    }
}
