/**
 * Spreadsheet registers over HTTP: imports previewed and committed all or nothing, registers
 * downloaded as XLSX or CSV, and the registers page.
 *
 * <ul>
 *   <li>{@code ImportApiController} :: {@code POST /api/imports} (dry run, commit, 422 with located
 *       refusals, 400/413 for unreadable or hostile files), progress, mappings.
 *   <li>{@code RegisterApiController} :: {@code GET /api/registers/{collection}.xlsx|.csv}.
 *   <li>{@code RegisterController} :: {@code /registers}, the page (its script: {@code
 *       static/js/register-import.js}).
 *   <li>{@link org.designregistry.server.registers.ImportResponse} :: what an import did or would
 *       do (also printed by the command line); {@code ImportProgress} :: rows read by import id;
 *       {@code RegistersConfiguration} :: the imports bean.
 * </ul>
 */
package org.designregistry.server.registers;
