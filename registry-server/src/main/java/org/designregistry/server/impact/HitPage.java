package org.designregistry.server.impact;

/**
 * Which page of a report's hits a JSON reply holds: {@code page} counts from 1 and {@code size}
 * hits make a page; the summary is always over every hit.
 *
 * @param page the page, from 1
 * @param size the most hits on a page
 */
record HitPage(int page, int size) {

    /** The hits on a page when none is asked for. */
    static final int DEFAULT_SIZE = 100;

    /** The most hits a page may ask for. */
    static final int MAX_SIZE = 1_000;

    /**
     * Returns the page asked for, the first of {@value #DEFAULT_SIZE} hits when neither is given.
     *
     * @throws IllegalArgumentException naming the parameter and its range if one is out of range
     */
    static HitPage of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1) {
            throw new IllegalArgumentException("page must be 1 or more, not " + p);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "size must be from 1 to " + MAX_SIZE + " hits a page, not " + s);
        }
        return new HitPage(p, s);
    }
}
