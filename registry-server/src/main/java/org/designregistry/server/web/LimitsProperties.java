package org.designregistry.server.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on requests: {@code registry.limits.*}.
 *
 * @param maxBodySize the largest request body accepted ({@code registry.limits.max-body-size},
 *     default 10 MB); larger ones are answered with 413
 */
@ConfigurationProperties("registry.limits")
public record LimitsProperties(@DefaultValue("10MB") DataSize maxBodySize) {}
