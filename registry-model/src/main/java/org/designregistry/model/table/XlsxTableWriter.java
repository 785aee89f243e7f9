package org.designregistry.model.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an XLSX workbook of one sheet with POI's streaming SXSSF writer: only the last
 * {@value #WINDOW} rows stay in memory, the rest go to a temporary file that closing deletes.
 */
final class XlsxTableWriter implements TableWriter {

    /** The rows SXSSF keeps in memory. */
    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle bold;
    private int next;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        // SXSSF writes inline strings by default: no shared-strings table grows with the rows.
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    @Override
    public void header(List<String> labels) {
        Row row = write(labels);
        row.forEach(cell -> cell.setCellStyle(bold));
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<String> cells) {
        write(cells);
    }

    private Row write(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && !cell.isEmpty()) {
                row.createCell(i).setCellValue(cell);
            }
        }
        return row;
    }

    @Override
    public void close() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw TableWriter.failed(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // The document is written; a failure to release POI's resources is not the
                // caller's.
            }
        }
    }
}
