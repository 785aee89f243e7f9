package org.designregistry.server.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Origins other than the server's own whose browser pages may change the registry: {@code
 * registry.security.write-origins}.
 *
 * <pre>
 * registry.security.write-origins=https://tools.example.org,https://*.design.example.org
 * </pre>
 *
 * @param writeOrigins origins, or patterns such as {@code https://*.example.org}, whose pages may
 *     send SPARQL updates and graph store writes by CORS, and whose state-changing requests may
 *     carry a person's session cookie or HTTP Basic credentials (default none)
 */
@ConfigurationProperties("registry.security")
public record TrustedOrigins(List<String> writeOrigins) {

    /** Makes a missing list empty. */
    public TrustedOrigins {
        writeOrigins = writeOrigins == null ? List.of() : List.copyOf(writeOrigins);
    }
}
