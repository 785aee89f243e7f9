package org.designregistry.server.web;

import java.time.Duration;
import org.designregistry.model.TermLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests, on replies and on what a write may store: {@code registry.limits.*}.
 *
 * @param maxBodySize the largest request body accepted ({@code registry.limits.max-body-size},
 *     default 10 MB); larger ones are answered with 413
 * @param maxReplySize the largest reply the server sends ({@code registry.limits.max-reply-size},
 *     default 50 MB): a reply that grows past it is stopped (see {@link ReplyLimitFilter})
 * @param requestTimeout how long the server works on a read (GET, HEAD) before it stops it ({@code
 *     registry.limits.request-timeout}, default 60 s)
 * @param maxIriLength the longest IRI a write may store ({@code registry.limits.max-iri-length},
 *     default 4,096 characters)
 * @param maxLiteralLength the longest literal a write may store ({@code
 *     registry.limits.max-literal-length}, default 1,048,576 characters)
 * @param maxIdentifierLength the longest {@code dcterms:identifier} a write may store ({@code
 *     registry.limits.max-identifier-length}, default 256 characters); writes over any of the three
 *     are answered with 422
 */
@ConfigurationProperties("registry.limits")
public record LimitsProperties(
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue("50MB") DataSize maxReplySize,
        @DefaultValue("60s") Duration requestTimeout,
        @DefaultValue("4096") int maxIriLength,
        @DefaultValue("1048576") int maxLiteralLength,
        @DefaultValue("256") int maxIdentifierLength) {

    /** Returns the term limits for the registry. */
    public TermLimits termLimits() {
        return new TermLimits(maxIriLength, maxLiteralLength, maxIdentifierLength);
    }
}
