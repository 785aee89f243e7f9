package org.designregistry.server.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's {@code registry.*} configuration properties.
 *
 * @param data the store folder ({@code registry.data}, default {@code ./data}), created on first
 *     start
 */
@ConfigurationProperties("registry")
record RegistryProperties(@DefaultValue("./data") Path data) {

    /** Returns the store folder as an absolute, normalised path. */
    Path dataDir() {
        return data.toAbsolutePath().normalize();
    }
}
