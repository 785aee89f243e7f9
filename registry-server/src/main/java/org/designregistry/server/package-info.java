/**
 * The Design Registry server and command line: {@code RegistryApplication} is the jar's entry
 * point, which hands its arguments to the {@code registry} command line; its {@code serve} command
 * starts this Spring Boot application.
 *
 * <p>Features live in sub-packages: {@code cli} (the commands), {@code system} (the registry bean,
 * the sample on first start, the startup line and health), {@code sparql} (the SPARQL endpoint and
 * graph store), {@code resource} (the JSON API), {@code linkeddata} (dereferenceable IRIs), {@code
 * security} (users, tokens, roles) and {@code web} (problem details, limits, content negotiation).
 */
package org.designregistry.server;
