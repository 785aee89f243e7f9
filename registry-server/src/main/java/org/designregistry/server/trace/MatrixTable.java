package org.designregistry.server.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.trace.TraceMatrix;
import org.designregistry.server.web.Paged;

/**
 * One page of a traceability matrix laid out as the matrix page's table: a page of rows by a page
 * of columns, each cell the relations that link the pair (empty when unlinked), so that the page
 * stays the same size however large the matrix.
 *
 * @param matrix the whole matrix
 * @param rows the rows of this page, in the matrix's order
 * @param columns the columns of this page, in the matrix's order
 * @param rowPages the paging of the rows (its items are the rows' positions in the matrix)
 * @param columnPages the paging of the columns (its items are the columns' positions)
 * @param linkCount the number of linked pairs in the whole matrix
 */
public record MatrixTable(
        TraceMatrix matrix,
        List<Row> rows,
        List<ResourceRef> columns,
        Paged<Integer> rowPages,
        Paged<Integer> columnPages,
        int linkCount) {

    /** How many rows a page of the matrix shows. */
    static final int ROWS_PER_PAGE = 50;

    /** How many columns a page of the matrix shows. */
    static final int COLUMNS_PER_PAGE = 25;

    /** Copies the lists. */
    public MatrixTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /**
     * One row of the table.
     *
     * @param resource the row's resource
     * @param cells per column of the page, the relations' local names linking the pair, or empty
     * @param linked how many columns of the whole matrix the row links to
     */
    public record Row(ResourceRef resource, List<String> cells, int linked) {}

    /** Addresses of the pages of a matrix, by row page and column page. */
    interface PageLinks {
        String href(int rowPage, int columnPage);
    }

    /** Returns the table of one page of rows by one page of columns of a matrix. */
    static MatrixTable of(TraceMatrix matrix, int rowPage, int columnPage, PageLinks links) {
        Paged<Integer> rowPages =
                Paged.of(
                        positions(matrix.rows().size()),
                        rowPage,
                        ROWS_PER_PAGE,
                        n -> links.href(n, Math.max(columnPage, 1)));
        Paged<Integer> columnPages =
                Paged.of(
                        positions(matrix.columns().size()),
                        columnPage,
                        COLUMNS_PER_PAGE,
                        n -> links.href(rowPages.page(), n));
        int firstRow = rowPages.first() - 1;
        int firstColumn = columnPages.first() - 1;
        String[][] cells = new String[rowPages.items().size()][columnPages.items().size()];
        int[] linked = new int[rowPages.items().size()];
        for (TraceMatrix.Link link : matrix.links()) {
            int r = link.row() - firstRow;
            int c = link.column() - firstColumn;
            if (r >= 0 && r < cells.length) {
                linked[r]++;
                if (c >= 0 && c < columnPages.items().size()) {
                    cells[r][c] =
                            String.join(
                                    ", ",
                                    link.relations().stream().map(MatrixTable::local).toList());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            rows.add(
                    new Row(
                            matrix.rows().get(firstRow + r),
                            Arrays.stream(cells[r]).map(c -> c == null ? "" : c).toList(),
                            linked[r]));
        }
        List<ResourceRef> columns =
                columnPages.items().stream().map(i -> matrix.columns().get(i)).toList();
        return new MatrixTable(matrix, rows, columns, rowPages, columnPages, matrix.links().size());
    }

    /** Returns the positions 0 to {@code size - 1}, without building a list of that size. */
    private static List<Integer> positions(int size) {
        return new java.util.AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Returns a relation's local name, keeping a leading {@code ^}. */
    static String local(String relation) {
        String inverse = relation.startsWith("^") ? "^" : "";
        String iri = relation.substring(inverse.length());
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return inverse + iri.substring(cut + 1);
    }
}
