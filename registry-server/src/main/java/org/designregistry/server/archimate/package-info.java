/**
 * ArchiMate out: the registry's ArchiMate elements as an Open Exchange file ({@code GET
 * /api/archimate}); models come in through {@code POST /api/imports}.
 *
 * <ul>
 *   <li>{@link org.designregistry.server.archimate.ArchiMateApiController} :: the export endpoint.
 * </ul>
 */
package org.designregistry.server.archimate;
