/**
 * Linked data: every resource IRI under {@code registry.base-iri} is served at {@code
 * /id/<kind>/<identifier>} on this server, as RDF or a plain HTML page.
 *
 * <ul>
 *   <li>{@code LinkedDataController} :: {@code GET /id/{kind}/{identifier}} with content
 *       negotiation; 404 for IRIs the registry does not describe.
 *   <li>{@link org.designregistry.server.linkeddata.LocalUrls} :: maps IRIs under the base to their
 *       paths on this server.
 *   <li>{@code ResourceHtml} :: the plain HTML page.
 * </ul>
 */
package org.designregistry.server.linkeddata;
