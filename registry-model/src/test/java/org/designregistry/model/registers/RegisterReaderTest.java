package org.designregistry.model.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.ImportRefusedException;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.imports.ItemPreview.Outcome;
import org.designregistry.model.imports.Location;
import org.designregistry.model.imports.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registers written by other programs, each refusal located, and hostile files refused. */
class RegisterReaderTest {

    private static final String BASE = "https://registry.test/id/";

    @TempDir Path dir;

    private final Registry registry = Registries.createInMemory();
    private final Imports imports = Imports.of(registry, BASE, WriteRights.unrestricted());

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void importsAHandWrittenCsvWithBomQuotesAndMultiValuedCells() throws Exception {
        Path file =
                write(
                        "processes.csv",
                        "\uFEFFProcess ID,Process Name,Owner,Interfaces Used,Events Raised,Extra\r\n"
                                + "BP010,\"Change of Meter, smart\",Smart; Registrations,,,ignored\r\n"
                                + "\r\n"
                                + "BP011,'-Leading dash,Smart,,,\r\n");

        ImportPlan plan = read(file, "processes");
        ImportPreview done = imports.commit(plan);

        assertThat(done.counts()).containsEntry(Outcome.CREATED, 2);
        assertThat(label("process/BP010")).isEqualTo("Change of Meter, smart");
        assertThat(label("process/BP011")).isEqualTo("-Leading dash");
        assertThat(owners("process/BP010")).isEqualTo(2);
    }

    @Test
    void importsAnXlsxWithMergedHeaderCellsAndDatesAsExcelSerials() throws Exception {
        RegisterMapping mapping =
                RegisterMappings.parse(
                        new ByteArrayInputStream(
                                String.join(
                                                "\n",
                                                "name: decisions-by-hand",
                                                "kind: decision",
                                                "sheet: Log",
                                                "headerRow: 2",
                                                "identifier: Decision ID",
                                                "columns:",
                                                "  - {header: Decision, property: rdfs:label}",
                                                "  - {header: Outcome, property: dr:outcome,"
                                                        + " scheme: dr:DecisionOutcomes}",
                                                "  - {header: Level, property: dr:decisionLevel,"
                                                        + " scheme: dr:DecisionLevels}",
                                                "  - {header: Body, link: dr:madeBy, to: body}",
                                                "  - {header: Date, property: dcterms:date,"
                                                        + " datatype: xsd:date}",
                                                "  - {header: Due, property: dr:publicationDue,"
                                                        + " datatype: xsd:date}",
                                                "  - {header: Approves, link: dr:approves,"
                                                        + " to: artefact, split: ';'}")
                                        .getBytes(StandardCharsets.UTF_8)),
                        "decisions-by-hand.yaml");
        Path file = dir.resolve("log.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Log");
            // Row 1: "Decision ID" merged down over rows 1-2; "Governance" merged across B1:E1.
            Row group = sheet.createRow(0);
            group.createCell(0).setCellValue("Decision ID");
            group.createCell(1).setCellValue("Governance");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 4));
            Row header = sheet.createRow(1);
            String[] names = {
                null, "Decision", "Outcome", "Level", "Body", "Date", "Due", "Approves"
            };
            for (int i = 1; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(
                    book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("DAG-2024-01-10-01");
            row.createCell(1).setCellValue("Accept the Data Catalogue");
            row.createCell(2).setCellValue("accept");
            row.createCell(3).setCellValue("Level 3");
            row.createCell(4).setCellValue("DAG");
            row.createCell(5).setCellValue(45301); // 2024-01-10 as a serial, formatted as a date
            row.getCell(5).setCellStyle(dateStyle);
            row.createCell(6).setCellValue(45315); // 2024-01-24 as a bare serial number
            row.createCell(7).setCellValue("DES138");
            book.write(out);
        }

        ImportPlan plan = RegisterReader.read(file, "log.xlsx", mapping, ReadProgress.NONE);
        ImportPreview preview = imports.preview(plan);

        assertThat(preview.refusals()).isEmpty();
        assertThat(preview.items())
                .singleElement()
                .satisfies(
                        i -> {
                            assertThat(i.outcome()).isEqualTo(Outcome.CREATED);
                            assertThat(i.changes())
                                    .anySatisfy(
                                            c -> {
                                                assertThat(c.property()).isEqualTo("dcterms:date");
                                                assertThat(c.after()).containsExactly("2024-01-10");
                                            });
                            assertThat(i.changes())
                                    .anySatisfy(
                                            c -> {
                                                assertThat(c.property())
                                                        .isEqualTo("dr:publicationDue");
                                                assertThat(c.after()).containsExactly("2024-01-24");
                                            });
                        });
    }

    @Test
    void locatesEachRefusalToItsSheetRowAndColumn() throws Exception {
        Path file =
                write(
                        "artefacts.csv",
                        "Artefact ID,Name,Title,Type,Version,Status,Owner,Produced By,Depends On,"
                                + "Specifies,Source,Illustrative\r\n"
                                + "DES900,DES900 Test,Test,Interface List,1,Sometime,Smart,BPRWG,,,,"
                                + "maybe\r\n"
                                + "DES901,DES901 Test,Test,Interface List,1,Draft,Nobody,BPRWG,,,,\r\n"
                                + ",No identifier,,,,,,,,,,\r\n"
                                + "DES902,DES902 Test,,Interface List,1,Draft,Smart,BPRWG,,,,\r\n");

        ImportPreview preview = imports.preview(read(file, "artefacts"));

        assertThat(preview.refusals())
                .extracting(Refusal::location, r -> r.reason().replaceAll(":.*|'.*", "").strip())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Location.cell("artefacts.csv", 2, "F (Status)"), "value"),
                        org.assertj.core.groups.Tuple.tuple(
                                Location.cell("artefacts.csv", 2, "L (Illustrative)"),
                                "bad boolean"),
                        org.assertj.core.groups.Tuple.tuple(
                                Location.cell("artefacts.csv", 3, "G (Owner)"),
                                "unknown link target"),
                        org.assertj.core.groups.Tuple.tuple(
                                Location.cell("artefacts.csv", 4, "A (Artefact ID)"),
                                "missing identifier"),
                        org.assertj.core.groups.Tuple.tuple(
                                Location.cell("artefacts.csv", 5, "C (Title)"), "shape violation"));
        assertThat(preview.refusals().get(0).reason()).contains("outside its scheme Statuses");
        assertThat(preview.refusals().get(4).reason()).contains("dcterms:title");
    }

    @Test
    void refusesAllRowsWhenOneRowFails() throws Exception {
        long size = registry.size();
        Path file =
                write(
                        "processes.csv",
                        "Process ID,Process Name,Owner,Interfaces Used,Events Raised\r\n"
                                + "BP010,Change of Meter,Smart,,\r\n"
                                + "BP011,Change of Tenancy,Smart,IF-404,\r\n");

        assertThatThrownBy(() -> imports.commit(read(file, "processes")))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("sheet processes.csv, row 3, column D (Interfaces Used)");
        assertThat(registry.size()).isEqualTo(size);
    }

    @Test
    void refusesAMissingIdentifierColumnNamingIt() throws Exception {
        Path file = write("processes.csv", "ID,Process Name\r\nBP010,Change of Meter\r\n");

        assertThat(read(file, "processes").problems())
                .anySatisfy(
                        r -> {
                            assertThat(r.location()).isEqualTo(Location.row("processes.csv", 1));
                            assertThat(r.reason()).contains("'Process ID'");
                        });
    }

    @Test
    void refusesAFileNamedXlsxThatIsNotAWorkbook() throws Exception {
        Path file = write("interfaces.xlsx", "Interface ID,Interface Name\r\n");

        assertThatThrownBy(() -> read(file, "interfaces"))
                .isInstanceOf(UnreadableRegisterException.class)
                .hasMessageContaining("not an XLSX workbook");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws Exception {
        Path file = dir.resolve("interfaces.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> read(file, "interfaces"))
                .isInstanceOf(UnreadableRegisterException.class)
                .hasMessageContaining("not an XLSX workbook");
    }

    @Test
    void refusesAZipBomb() throws Exception {
        byte[] sheet = new byte[40 * 1024 * 1024];
        java.util.Arrays.fill(sheet, (byte) ' ');
        Path file = workbookWith("xl/worksheets/sheet1.xml", sheet);

        assertThatThrownBy(() -> read(file, "interfaces"))
                .isInstanceOf(UnreadableRegisterException.class)
                .hasMessageContaining("zip bomb")
                .satisfies(e -> assertThat(((UnreadableRegisterException) e).tooLarge()).isTrue());
    }

    @Test
    void refusesExternalEntitiesInTheWorkbooksXml() throws Exception {
        Path secret = write("secret.txt", "SECRET");
        String xxe =
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \""
                        + secret.toUri()
                        + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\""
                        + " t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        Path file = workbookWith("xl/worksheets/sheet1.xml", xxe.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(file, "interfaces"))
                .isInstanceOf(UnreadableRegisterException.class)
                .hasMessageContaining("DTD")
                .hasMessageNotContaining("SECRET");
    }

    private ImportPlan read(Path file, String mapping) {
        return RegisterReader.read(
                file,
                file.getFileName().toString(),
                RegisterMappings.shipped().get(mapping).orElseThrow(),
                ReadProgress.NONE);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Returns a real one-sheet workbook with one part's content replaced. */
    private Path workbookWith(String part, byte[] content) throws Exception {
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Interfaces").createRow(0).createCell(0).setCellValue("Interface ID");
            book.write(original);
        }
        Path file = dir.resolve("hostile.xlsx");
        try (ZipInputStream in =
                        new ZipInputStream(new ByteArrayInputStream(original.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(part) ? content : in.readAllBytes());
            }
        }
        return file;
    }

    private String label(String path) {
        return registry.read(
                m ->
                        m.getResource(BASE + path)
                                .getProperty(org.apache.jena.vocabulary.RDFS.label)
                                .getString());
    }

    private int owners(String path) {
        Integer count =
                registry.read(
                        m ->
                                m.listObjectsOfProperty(
                                                m.getResource(BASE + path),
                                                org.designregistry.ontology.DR.ownedBy)
                                        .toList()
                                        .size());
        return count;
    }
}
