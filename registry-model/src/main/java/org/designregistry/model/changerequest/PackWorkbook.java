package org.designregistry.model.changerequest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a change request's pack as an XLSX workbook: "Pack" (the change request, progress and who
 * has still to answer), "Items" (each impacted item with its triage, by workstream and working
 * group), "Revisit", "Consult" and "Changes". Every value is a text cell, never a formula, so data
 * cannot run in the reader's spreadsheet.
 */
final class PackWorkbook {

    private PackWorkbook() {}

    static void write(ImpactPack pack, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            Sheet summary = workbook.createSheet("Pack");
            int next = rows(summary, 0, bold, PackTables.SUMMARY_COLUMNS, PackTables.summary(pack));
            rows(summary, next + 1, bold, PackTables.AWAITING_COLUMNS, PackTables.awaiting(pack));
            sheet(workbook, bold, "Items", PackTables.ITEM_COLUMNS, PackTables.items(pack));
            sheet(workbook, bold, "Revisit", PackTables.REVISIT_COLUMNS, PackTables.revisits(pack));
            sheet(workbook, bold, "Consult", PackTables.CONSULT_COLUMNS, PackTables.consult(pack));
            sheet(workbook, bold, "Changes", PackTables.CHANGE_COLUMNS, PackTables.changes(pack));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the pack's workbook: " + e.getMessage(), e);
        }
    }

    private static void sheet(
            XSSFWorkbook workbook,
            CellStyle bold,
            String name,
            List<String> header,
            List<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        rows(sheet, 0, bold, header, rows);
        sheet.createFreezePane(0, 1);
    }

    /** Writes a header and rows from row {@code at}; returns the next free row. */
    private static int rows(
            Sheet sheet, int at, CellStyle bold, List<String> header, List<List<String>> rows) {
        Row head = sheet.createRow(at);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
            head.getCell(c).setCellStyle(bold);
        }
        int r = at + 1;
        for (List<String> cells : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
        return r;
    }
}
