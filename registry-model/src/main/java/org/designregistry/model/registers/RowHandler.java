package org.designregistry.model.registers;

import java.util.List;

/** Receives a sheet's rows in order, as the text of their cells. */
interface RowHandler {

    /** Receives the number of rows the source holds, or -1, before the first row. */
    default void total(long rows) {}

    /**
     * Receives one row.
     *
     * @param number its number as a spreadsheet shows it (the first row is 1)
     * @param cells the text of its cells by column index; blank cells are empty strings
     */
    void row(long number, List<String> cells);
}
