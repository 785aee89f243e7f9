package org.designregistry.server.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's {@code registry.*} configuration properties.
 *
 * @param data the store folder ({@code registry.data}, default {@code ./data}), created on first
 *     start
 * @param baseIri the namespace of resource IRIs ({@code registry.base-iri}, default the MHHS
 *     sample's {@code https://registry.mhhs.example/id/}): new resources are minted as {@code
 *     <base-iri><kind>/<identifier>}, and {@code GET /id/<kind>/<identifier>} on this server
 *     describes the resource with that IRI
 */
@ConfigurationProperties("registry")
public record RegistryProperties(
        @DefaultValue("./data") Path data,
        @DefaultValue("https://registry.mhhs.example/id/") String baseIri) {

    /** Returns the store folder as an absolute, normalised path. */
    Path dataDir() {
        return data.toAbsolutePath().normalize();
    }
}
