package org.designregistry.server.webhook;

import org.designregistry.model.Registry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts webhook delivery when {@code registry.webhooks.subscriptions} names at least one receiver,
 * and shows its state as the {@code webhooks} health component.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /** The property that switches webhooks on: the first receiver's address. */
    static final String FIRST_URL = "registry.webhooks.subscriptions[0].url";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(FIRST_URL)
    WebhookDispatcher webhookDispatcher(Registry registry, WebhookProperties properties) {
        WebhookDispatcher dispatcher = new WebhookDispatcher(registry.history(), properties);
        registry.addCommitListener(dispatcher);
        return dispatcher;
    }

    @Bean
    @ConditionalOnProperty(FIRST_URL)
    WebhookHealthIndicator webhooksHealthIndicator(WebhookDispatcher dispatcher) {
        return new WebhookHealthIndicator(dispatcher);
    }
}
