package org.designregistry.server.cli;

/**
 * Starts the HTTP server; the {@code serve} command's way to reach Spring without depending on it.
 */
@FunctionalInterface
public interface ServerLauncher {

    /**
     * Starts the server with Spring Boot command-line arguments such as {@code --server.port=8080},
     * returning once it is running.
     *
     * @throws RuntimeException if the server cannot start
     */
    void launch(String[] springArgs);
}
