package org.designregistry.server;

import org.designregistry.server.cli.RegistryCli;
import org.designregistry.server.system.OutOfMemoryExit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Design Registry application: the HTTP server and the {@code registry} command line in one
 * jar.
 *
 * <p>{@code java -jar registry-server.jar} with no arguments, or with {@code serve}, starts the
 * server; any other arguments run a {@code registry} subcommand ({@code load}, {@code export},
 * {@code validate}, {@code stats}) without starting Spring, and the process exits with the
 * command's exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistryApplication {

    /** Runs the command line; {@code serve} (the default) starts the server and keeps running. */
    public static void main(String[] args) {
        RegistryCli cli =
                new RegistryCli(
                        System.out,
                        System.err,
                        springArgs -> {
                            OutOfMemoryExit.install();
                            SpringApplication.run(RegistryApplication.class, springArgs);
                        });
        int exitCode = cli.execute(args);
        // A started server runs on its own (non-daemon) threads until it is shut down; exiting
        // here would stop it.
        if (!cli.serverStarted()) {
            System.exit(exitCode);
        }
    }
}
