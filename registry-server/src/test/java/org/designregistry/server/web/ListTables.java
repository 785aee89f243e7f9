package org.designregistry.server.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;

/** Reads the rows of a list page's table, and of its CSV and XLSX downloads, as text cells. */
public final class ListTables {

    private ListTables() {}

    /** Returns the text of each body row's cells, tags such as "Illustrative" left out. */
    public static List<List<String>> pageRows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            List<String> cells = new ArrayList<>();
            for (Element td : tr.select("td")) {
                Element copy = td.clone();
                copy.select(".registry-tag").remove();
                cells.add(copy.text().strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Returns the header texts of a page's table. */
    public static List<String> pageHeader(Element table) {
        List<String> header = new ArrayList<>();
        for (Element th : table.select("thead th")) {
            Element copy = th.clone();
            copy.select(".govuk-visually-hidden, [aria-hidden]").remove();
            header.add(copy.text().strip());
        }
        return header;
    }

    /** Returns the records of a CSV download, header first. */
    public static List<List<String>> csvRows(String csv) {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv))) {
                rows.add(r.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the rows of an XLSX download's first sheet, header first, as wide as the header. */
    public static List<List<String>> xlsxRows(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
