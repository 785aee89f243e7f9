/**
 * Spreadsheet registers in and out: a register kind's mapping (sheet, header row, identifier
 * column, columns to properties with datatype or concept scheme, columns to links by identifier or
 * label, multi-valued cells), readers that stream XLSX and CSV rows into an {@link
 * org.designregistry.model.imports.ImportPlan}, and an exporter that writes the registry back with
 * the same mapping, so that export then import changes nothing.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.registers.RegisterMappings} :: the shipped MHHS mappings
 *       ({@code registers/*.yaml}) and YAML mapping files; {@link
 *       org.designregistry.model.registers.RegisterMapping} :: one mapping.
 *   <li>{@link org.designregistry.model.registers.RegisterReader} :: a file to a plan (format told
 *       by its first bytes); {@link org.designregistry.model.registers.ReadProgress} :: rows read
 *       of total; {@link org.designregistry.model.registers.UnreadableRegisterException} :: not a
 *       register, or hostile.
 *   <li>{@link org.designregistry.model.registers.RegisterExporter} :: the registry to a register
 *       through {@link org.designregistry.model.table.TableWriter}.
 *   <li>{@code XlsxRows} :: POI's streaming reader, zip-bomb and DTD guards; {@code MergedCells} ::
 *       merged ranges and sheet size from a first pass; {@code IsoDataFormatter} :: dates as ISO;
 *       {@code CsvRows} :: commons-csv, formula escapes undone; {@code RowHandler} :: rows as text;
 *       {@code RowPlanner} :: rows to planned resources with located problems; {@code CellValues}
 *       :: text to literals; {@code Schemes} :: concepts by label, notation or name; {@code
 *       MappingParser} :: YAML to a mapping.
 * </ul>
 */
package org.designregistry.model.registers;
