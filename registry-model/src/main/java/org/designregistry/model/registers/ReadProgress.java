package org.designregistry.model.registers;

/**
 * Told how far the reading of a register has got: every few hundred rows and once at the end, on
 * the reading thread.
 */
@FunctionalInterface
public interface ReadProgress {

    /** Does nothing. */
    ReadProgress NONE = (read, total) -> {};

    /**
     * Reports the rows read so far and the rows the file holds, or -1 when not known.
     *
     * @param read rows read, headers included
     * @param total rows in the sheet or file, or -1
     */
    void rows(long read, long total);
}
