package org.designregistry.server.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies of one kind of request, recorded from many threads, and their percentiles (nearest
 * rank). Also counts the replies that were server errors and those that did not come.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;
    private long serverErrors;
    private long otherFailures;
    private long missing;

    /** Records one reply: its time, and whether it was a 5xx, another non-2xx, or none at all. */
    synchronized void record(BenchHttp.Reply reply) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = reply.nanos();
        if (reply.status() == BenchHttp.NO_REPLY) {
            missing++;
        } else if (reply.serverError()) {
            serverErrors++;
        } else if (!reply.succeeded()) {
            otherFailures++;
        }
    }

    /** Adds everything {@code other} recorded to this. */
    synchronized void addAll(Latencies other) {
        synchronized (other) {
            for (int i = 0; i < other.size; i++) {
                if (size == nanos.length) {
                    nanos = Arrays.copyOf(nanos, size * 2);
                }
                nanos[size++] = other.nanos[i];
            }
            serverErrors += other.serverErrors;
            otherFailures += other.otherFailures;
            missing += other.missing;
        }
    }

    /** Returns the number of requests recorded. */
    synchronized int count() {
        return size;
    }

    /** Returns the number of 5xx replies. */
    synchronized long serverErrors() {
        return serverErrors;
    }

    /** Returns the number of requests that got no reply. */
    synchronized long missing() {
        return missing;
    }

    /** Returns the number of replies that were neither 2xx nor 5xx (4xx, 3xx). */
    synchronized long otherFailures() {
        return otherFailures;
    }

    /** Returns the {@code p}-th percentile in milliseconds (0 &lt; p &le; 100), or NaN if empty. */
    synchronized double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(size * p / 100.0);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** Returns a Markdown table row: name, count, p50, p95, p99, max, 5xx, other non-2xx, none. */
    String row(String name) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d |",
                name,
                count(),
                percentile(50),
                percentile(95),
                percentile(99),
                percentile(100),
                serverErrors(),
                otherFailures(),
                missing());
    }

    /** Returns the header of the table {@link #row} writes rows of. */
    static String header() {
        return "| Operation | Requests | p50 ms | p95 ms | p99 ms | max ms | 5xx | other non-2xx | no reply |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }
}
