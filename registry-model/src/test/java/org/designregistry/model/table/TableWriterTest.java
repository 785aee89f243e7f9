package org.designregistry.model.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    @Test
    void writesCsvWithFormulaCellsEscaped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.of(TableFormat.CSV, out, "ignored")) {
            table.header(List.of("Identifier", "Label"));
            table.row(List.of("IF-041", "=HYPERLINK(\"http://x\")"));
            table.row(java.util.Arrays.asList("IF-042", null));
        }

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "Identifier,Label\r\n"
                                + "IF-041,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                                + "IF-042,\r\n");
    }

    @Test
    void writesXlsxWithTextCellsInANamedSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableWriter.of(TableFormat.XLSX, out, "Search: hits/1")) {
            table.header(List.of("Identifier", "Label"));
            for (int i = 0; i < 250; i++) {
                table.row(List.of("IF-" + i, "=1+" + i));
            }
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Search  hits 1");
            assertThat(sheet.getLastRowNum()).isEqualTo(250);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Label");
            assertThat(sheet.getRow(250).getCell(1).getStringCellValue()).isEqualTo("=1+249");
            assertThat(sheet.getRow(250).getCell(1).getCellType().name()).isEqualTo("STRING");
        }
    }

    @Test
    void findsAFormatByItsExtension() {
        assertThat(TableFormat.ofExtension(".XLSX")).contains(TableFormat.XLSX);
        assertThat(TableFormat.ofExtension("ods")).isEmpty();
    }
}
