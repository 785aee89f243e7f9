package org.designregistry.model.registers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A sheet's merged ranges and size, found by a first streaming pass over its XML (they are written
 * after the rows), and used to read each cell of a merged range as the range's first cell.
 */
final class MergedCells {

    private final List<CellRangeAddress> ranges;
    private final String[] values;
    private final long rows;

    private MergedCells(List<CellRangeAddress> ranges, long rows) {
        this.ranges = ranges;
        this.values = new String[ranges.size()];
        this.rows = rows;
    }

    /** Returns the merged ranges and row count of the sheet XML {@code in}. */
    static MergedCells scan(InputStream in)
            throws IOException, SAXException, ParserConfigurationException {
        List<CellRangeAddress> ranges = new ArrayList<>();
        long[] rows = {-1};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
                new DefaultHandler() {
                    @Override
                    public void startElement(
                            String uri, String local, String qName, Attributes attributes) {
                        if (local.equals("mergeCell") && attributes.getValue("ref") != null) {
                            ranges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                        } else if (local.equals("dimension")
                                && attributes.getValue("ref") != null) {
                            CellRangeAddress size =
                                    CellRangeAddress.valueOf(attributes.getValue("ref"));
                            rows[0] = size.getLastRow() + 1L;
                        }
                    }
                });
        xml.parse(new InputSource(in));
        return new MergedCells(ranges, rows[0]);
    }

    /** Returns the number of rows the sheet says it has, or -1. */
    long rows() {
        return rows;
    }

    /** Notes the value of a cell, kept when it is the first cell of a merged range. */
    void seen(long row, int column, String value) {
        for (int i = 0; i < ranges.size(); i++) {
            CellRangeAddress range = ranges.get(i);
            if (range.getFirstRow() == row - 1 && range.getFirstColumn() == column) {
                values[i] = value;
            }
        }
    }

    /** Fills the blank cells of a row that lie in a merged range with the range's value. */
    void fill(long row, List<String> cells) {
        for (int i = 0; i < ranges.size(); i++) {
            CellRangeAddress range = ranges.get(i);
            if (values[i] == null
                    || row - 1 < range.getFirstRow()
                    || row - 1 > range.getLastRow()) {
                continue;
            }
            for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                while (cells.size() <= c) {
                    cells.add("");
                }
                if (cells.get(c).isEmpty()) {
                    cells.set(c, values[i]);
                }
            }
        }
    }
}
