package org.designregistry.server.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.trace.TraceMatrix;

/**
 * A traceability matrix laid out as the matrix page's table: one row per row resource, one cell per
 * column resource, each cell the relations that link the pair (empty when unlinked).
 *
 * @param matrix the matrix
 * @param rows the rows of the table, in the matrix's order
 * @param linkCount the number of linked pairs
 */
public record MatrixTable(TraceMatrix matrix, List<Row> rows, int linkCount) {

    /**
     * One row of the table.
     *
     * @param resource the row's resource
     * @param cells per column, the relations' local names linking the pair, or empty text
     * @param linked how many columns the row links to
     */
    public record Row(ResourceRef resource, List<String> cells, int linked) {}

    /** Returns the table of a matrix. */
    static MatrixTable of(TraceMatrix matrix) {
        String[][] cells = new String[matrix.rows().size()][matrix.columns().size()];
        for (TraceMatrix.Link link : matrix.links()) {
            cells[link.row()][link.column()] =
                    String.join(", ", link.relations().stream().map(MatrixTable::local).toList());
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            List<String> row = Arrays.stream(cells[r]).map(c -> c == null ? "" : c).toList();
            rows.add(
                    new Row(
                            matrix.rows().get(r),
                            row,
                            (int) row.stream().filter(c -> !c.isEmpty()).count()));
        }
        return new MatrixTable(matrix, rows, matrix.links().size());
    }

    /** Returns a relation's local name, keeping a leading {@code ^}. */
    static String local(String relation) {
        String inverse = relation.startsWith("^") ? "^" : "";
        String iri = relation.substring(inverse.length());
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return inverse + iri.substring(cut + 1);
    }
}
