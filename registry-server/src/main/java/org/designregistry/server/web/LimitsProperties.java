package org.designregistry.server.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests and replies: {@code registry.limits.*}.
 *
 * @param maxBodySize the largest request body accepted ({@code registry.limits.max-body-size},
 *     default 10 MB); larger ones are answered with 413
 * @param maxReplySize the largest reply the server sends ({@code registry.limits.max-reply-size},
 *     default 50 MB): a reply that grows past it is stopped (see {@link ReplyLimitFilter})
 * @param requestTimeout how long the server works on a read (GET, HEAD) before it stops it ({@code
 *     registry.limits.request-timeout}, default 60 s)
 */
@ConfigurationProperties("registry.limits")
public record LimitsProperties(
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue("50MB") DataSize maxReplySize,
        @DefaultValue("60s") Duration requestTimeout) {}
