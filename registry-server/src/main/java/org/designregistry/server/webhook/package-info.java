/**
 * Webhooks: each recorded change posted, signed, to the receivers an admin configures, after its
 * commit and off the write path, with retries and a bounded queue.
 *
 * <ul>
 *   <li>{@code WebhookDispatcher} :: woken by each commit; queues one delivery per new change and
 *       receiver, delivers on its own threads, retries with a doubling wait, drops with a warning
 *       when full.
 *   <li>{@code WebhookSender} :: one signed POST, no redirects, with timeouts.
 *   <li>{@link org.designregistry.server.webhook.WebhookSignature} :: the HMAC-SHA256 header.
 *   <li>{@link org.designregistry.server.webhook.WebhookEvent} :: the JSON body.
 *   <li>{@code WebhookProperties}, {@code WebhookConfiguration}, {@code WebhookHealthIndicator} ::
 *       the {@code registry.webhooks.*} properties, the beans, and the {@code webhooks} health.
 * </ul>
 */
package org.designregistry.server.webhook;
