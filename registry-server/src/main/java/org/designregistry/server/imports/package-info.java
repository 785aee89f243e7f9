/**
 * Imports from a file, whatever its format: {@code POST /api/imports} and {@code registry import}
 * tell an ArchiMate Open Exchange file from a spreadsheet register by its content, preview it
 * against the registry and commit it all or nothing.
 *
 * <ul>
 *   <li>{@link org.designregistry.server.imports.ImportFiles} :: a file to an import plan, by
 *       format (shared by the API and the CLI).
 *   <li>{@code ImportApiController} :: the upload endpoint; {@code ImportResponse} :: its reply.
 * </ul>
 */
package org.designregistry.server.imports;
