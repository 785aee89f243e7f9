/**
 * ArchiMate in and out over HTTP and the command line: the registry's ArchiMate elements as an Open
 * Exchange file ({@code GET /api/archimate}, {@code registry export --format archimate}), and the
 * ArchiMate branch of {@code POST /api/imports} and {@code registry import}, which tell an exchange
 * file from a spreadsheet register by its content.
 *
 * <ul>
 *   <li>{@link org.designregistry.server.archimate.ArchiMateApiController} :: the export endpoint.
 *   <li>{@link org.designregistry.server.archimate.ArchiMateFiles} :: tells an exchange file by its
 *       first bytes and reads it into an import plan.
 * </ul>
 */
package org.designregistry.server.archimate;
