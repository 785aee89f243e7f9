/**
 * The JSON API for registry resources under {@code /api}: lists by kind with filters and pages, one
 * resource with its links both ways, and validated edits with ETags.
 *
 * <ul>
 *   <li>{@code ResourceApiController} :: the endpoints; it calls the model's {@code Resources}.
 *   <li>{@code ResourceRequest}, {@code LinkRequest} :: edit bodies.
 *   <li>{@code ResourceResponse}, {@code ResourceListResponse}, {@code KindResponse} :: replies.
 *   <li>{@code Collections} :: collection paths per kind ({@code /api/data-items}).
 * </ul>
 */
package org.designregistry.server.resource;
