package org.designregistry.model.imports;

import java.util.Objects;

/**
 * Where in an imported source a resource, value or problem comes from, so that a person can find
 * it: a sheet's row and column for a register, an element's id for a model.
 *
 * <pre>{@code
 * Location.cell("Interfaces", 12, "C (Direction)").toString();  // "sheet Interfaces, row 12, column C (Direction)"
 * Location.element("id-4f2a").toString();                       // "element id-4f2a"
 * }</pre>
 *
 * @param sheet the sheet (or file) name, or empty when the source has none
 * @param row the row number as the source's reader shows it (the first row is 1), or 0 for none
 * @param column the column, such as {@code C (Direction)}, or empty for a whole row or element
 * @param element the id of a model element or relationship, or empty for a register
 */
public record Location(String sheet, long row, String column, String element) {

    /** The location of what belongs to the source as a whole. */
    public static final Location SOURCE = new Location("", 0, "", "");

    /** Checks the parts; a missing part is empty. */
    public Location {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        element = element == null ? "" : element;
        if (row < 0) {
            throw new IllegalArgumentException("row " + row + " is negative");
        }
    }

    /** Returns the location of a row of a sheet. */
    public static Location row(String sheet, long row) {
        return new Location(sheet, row, "", "");
    }

    /** Returns the location of a cell of a sheet. */
    public static Location cell(String sheet, long row, String column) {
        return new Location(sheet, row, column, "");
    }

    /** Returns the location of a model element or relationship. */
    public static Location element(String id) {
        return new Location("", 0, "", Objects.requireNonNull(id, "id"));
    }

    /** Returns this location narrowed to a column of its row. */
    public Location column(String name) {
        return new Location(sheet, row, name, element);
    }

    /**
     * Returns the location for a person: {@code sheet Interfaces, row 12, column C (Direction)}.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        append(out, sheet.isEmpty() ? "" : "sheet " + sheet);
        append(out, row == 0 ? "" : "row " + row);
        append(out, column.isEmpty() ? "" : "column " + column);
        append(out, element.isEmpty() ? "" : "element " + element);
        return out.isEmpty() ? "the source" : out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (!part.isEmpty()) {
            out.append(out.isEmpty() ? "" : ", ").append(part);
        }
    }
}
