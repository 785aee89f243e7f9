package org.designregistry.model.registers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an XLSX workbook row by row with POI's streaming (SAX) reader, so a sheet of
 * any length needs memory for one row (and the workbook's shared strings), not the whole sheet.
 * Cells come as text: dates as ISO dates, numbers without their display format; a cell inside a
 * merged range reads as the range's first cell, as a person sees it.
 *
 * <p>Hostile files are refused before their XML is trusted: POI's zip guard refuses entries that
 * expand more than {@value #MAX_EXPANSION}-fold or past {@value #MAX_ENTRY_BYTES} bytes, and its
 * XML parsers refuse DTDs, so external entities are never resolved.
 */
final class XlsxRows {

    /** How many times a zip entry may expand: POI's default guard against zip bombs. */
    static final int MAX_EXPANSION = 100;

    /** The largest size an entry may expand to. */
    static final long MAX_ENTRY_BYTES = 1L << 30;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxRows() {}

    /**
     * Streams the rows of the sheet named {@code sheet} (ignoring case), or of the only sheet, to
     * {@code handler}.
     *
     * @throws UnreadableRegisterException if the file is not an XLSX workbook, would expand too
     *     far, holds XML with a DTD or not well formed, or has no such sheet
     */
    static void read(Path file, String sheet, RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            PackagePart part = sheetPart(reader, sheet);
            MergedCells merged;
            try (InputStream in = part.getInputStream()) {
                merged = MergedCells.scan(in);
            }
            handler.total(merged.rows());
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(
                    new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            null,
                            strings,
                            new Contents(merged, handler),
                            new IsoDataFormatter(),
                            false));
            try (InputStream in = part.getInputStream()) {
                xml.parse(new InputSource(in));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableRegisterException(
                    "The file is not an XLSX workbook (not an Office Open XML zip package)", false);
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException e) {
            throw refusal(e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new UnreadableRegisterException(
                    "The workbook holds XML that is not well formed or declares a DTD, which"
                            + " is refused: "
                            + firstLine(e.getMessage()),
                    false);
        } catch (OpenXML4JException e) {
            throw new UnreadableRegisterException(
                    "The workbook's parts could not be read: " + firstLine(e.getMessage()), false);
        }
    }

    private static UnreadableRegisterException refusal(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return new UnreadableRegisterException(
                    "The workbook is refused as a zip bomb: a part would expand more than "
                            + MAX_EXPANSION
                            + "-fold or past "
                            + MAX_ENTRY_BYTES
                            + " bytes",
                    true);
        }
        if (e.getCause() instanceof SAXException sax) {
            return new UnreadableRegisterException(
                    "The workbook holds XML that is not well formed or declares a DTD, which is"
                            + " refused: "
                            + firstLine(sax.getMessage()),
                    false);
        }
        return new UnreadableRegisterException(
                "The file is not a readable XLSX workbook: " + firstLine(message), false);
    }

    private static PackagePart sheetPart(XSSFReader reader, String wanted)
            throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        List<PackagePart> parts = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
                parts.add(sheets.getSheetPart());
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                return parts.get(i);
            }
        }
        if (names.size() == 1) {
            return parts.get(0);
        }
        throw new UnreadableRegisterException(
                "The workbook has no sheet '" + wanted + "'; its sheets are " + names, false);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Collects each row's cells and hands the row on. */
    private static final class Contents implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final MergedCells merged;
        private final RowHandler handler;
        private List<String> cells = new ArrayList<>();
        private long row;

        Contents(MergedCells merged, RowHandler handler) {
            this.merged = merged;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1L;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            merged.fill(row, cells);
            handler.row(row, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value == null ? "" : value);
            merged.seen(row, column, cells.get(column));
        }
    }
}
