/**
 * Linked data: every resource IRI under {@code registry.base-iri} is served at {@code
 * /id/<kind>/<identifier>} on this server, as RDF, or for browsers as a redirect to the resource's
 * page.
 *
 * <ul>
 *   <li>{@code LinkedDataController} :: {@code GET /id/{kind}/{identifier}} with content
 *       negotiation: RDF in four syntaxes, 303 to {@code /resource/{kind}/{identifier}} for HTML;
 *       404 for IRIs the registry does not describe.
 *   <li>{@link org.designregistry.server.linkeddata.LocalUrls} :: maps IRIs under the base to their
 *       paths on this server.
 * </ul>
 */
package org.designregistry.server.linkeddata;
