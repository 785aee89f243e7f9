/**
 * Text the registry writes into documents that other tools open: the reports' Markdown and CSV.
 * Labels and descriptions come from anyone who may write, so they are escaped where they land.
 *
 * <ul>
 *   <li>{@link org.designregistry.model.text.SafeText} :: escapes a value for a Markdown document
 *       (its markup and raw HTML) and for a CSV cell (spreadsheet formulas).
 * </ul>
 */
package org.designregistry.model.text;
