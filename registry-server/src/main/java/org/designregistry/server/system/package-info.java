/**
 * The server's system concerns: the registry bean and its configuration, the sample on first start,
 * the ready line, health and the out-of-memory policy.
 *
 * <ul>
 *   <li>{@code RegistryProperties} :: the {@code registry.*} properties ({@code registry.data}).
 *   <li>{@code RegistryConfiguration} :: the {@code Registry} bean, closed on shutdown.
 *   <li>{@code MhhsSample} :: loads the MHHS sample into an empty store, in one transaction.
 *   <li>{@code ReadyLogger} :: logs the address, store and size once the server is ready.
 *   <li>{@code RegistryHealthIndicator} :: the {@code registry} component of {@code
 *       /actuator/health}.
 *   <li>{@code SearchHealthIndicator} :: the {@code search} component: DEGRADED, with the reason,
 *       when the search index cannot be used or is behind the store.
 *   <li>{@code RegistryFailureAnalyzer} :: a short startup failure report for store errors.
 *   <li>{@code OutOfMemoryExit} :: ends the JVM with a log line and status 4 on an out-of-memory
 *       error, so that the service manager restarts the server.
 * </ul>
 */
package org.designregistry.server.system;
