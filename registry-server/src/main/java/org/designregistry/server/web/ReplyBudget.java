package org.designregistry.server.web;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * What one reply may still cost: bytes up to the size limit and, for reads, time up to the
 * deadline. The first write past either trips it; it then stays tripped.
 */
final class ReplyBudget {

    private final DataSize maxSize;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    private final long deadline;
    private final boolean timed;
    private long written;
    private volatile ReplyLimitExceededException exceeded;

    ReplyBudget(DataSize maxSize, Duration timeout, boolean timed, LongSupplier nanoTime) {
        this.maxSize = maxSize;
        this.timeout = timeout;
        this.timed = timed;
        this.nanoTime = nanoTime;
        this.deadline = nanoTime.getAsLong() + timeout.toNanos();
    }

    /**
     * Counts bytes about to be written.
     *
     * @throws ReplyLimitExceededException the first time the reply would pass the size limit or the
     *     deadline has passed
     */
    void spend(long bytes) {
        written += bytes;
        if (written > maxSize.toBytes()) {
            throw trip(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "The reply would be larger than registry.limits.max-reply-size ("
                            + readable(maxSize)
                            + "): ask for less, such as a page (page=, size=), a filter, or a"
                            + " LIMIT");
        }
        checkTime();
    }

    /**
     * Checks a declared length against the size limit before anything is written.
     *
     * @throws ReplyLimitExceededException if it is larger
     */
    void declare(long length) {
        if (length > maxSize.toBytes()) {
            spend(length);
        }
    }

    /**
     * Checks the deadline.
     *
     * @throws ReplyLimitExceededException the first time it has passed
     */
    void checkTime() {
        if (timed && nanoTime.getAsLong() - deadline > 0) {
            throw trip(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The request took longer than registry.limits.request-timeout ("
                            + timeout.toSeconds()
                            + " s) to answer: ask for less, such as a page (page=, size=), a"
                            + " filter or a smaller depth");
        }
    }

    /** Returns the limit passed, or null while within both. */
    ReplyLimitExceededException exceeded() {
        return exceeded;
    }

    /** Returns the bytes written, or declared, so far. */
    long written() {
        return written;
    }

    /** Returns a size as it would be configured: {@code 50MB}, {@code 8KB} or bytes. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + "KB";
        }
        return bytes + "B";
    }

    private ReplyLimitExceededException trip(HttpStatus status, String message) {
        exceeded = new ReplyLimitExceededException(status, message);
        return exceeded;
    }
}
