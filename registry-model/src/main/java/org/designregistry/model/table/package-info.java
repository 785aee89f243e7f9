/**
 * Tables for download: a header of labels and rows of text cells written as CSV or XLSX, streaming,
 * for any list the registry shows (registers, browse lists, search hits, matrices, gaps).
 *
 * <ul>
 *   <li>{@link org.designregistry.model.table.TableWriter} :: the writer: header, rows, close.
 *   <li>{@link org.designregistry.model.table.TableFormat} :: CSV or XLSX, with extension and media
 *       type.
 *   <li>{@code CsvTableWriter} :: commons-csv, cells escaped against formula injection; {@code
 *       XlsxTableWriter} :: POI's SXSSF streaming writer.
 * </ul>
 */
package org.designregistry.model.table;
