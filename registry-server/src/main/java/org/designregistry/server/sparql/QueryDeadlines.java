package org.designregistry.server.sparql;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Aborts queries that pass their time limit, whatever they are doing: reading the store, sorting,
 * grouping or writing results.
 *
 * <p>ARQ's own overall time-out only raises a flag that iterators look at when asked for their next
 * row, so a sort of rows already gathered runs on past it. {@link QueryExec#abort()} also cancels
 * the iterators, which abandons a sort in progress (ARQ's sorts compare through an abortable
 * comparator) and makes the next row asked for, including by the results writer, throw {@code
 * QueryCancelledException}.
 */
final class QueryDeadlines implements AutoCloseable {

    /** One query's deadline; closing it before the deadline disarms it. */
    static final class Deadline implements AutoCloseable {

        private final AtomicBoolean passed = new AtomicBoolean();
        private ScheduledFuture<?> alarm;

        /** Returns whether the deadline passed and the query was aborted. */
        boolean passed() {
            return passed.get();
        }

        @Override
        public void close() {
            alarm.cancel(false);
        }
    }

    private final ScheduledThreadPoolExecutor clock;

    QueryDeadlines() {
        clock =
                new ScheduledThreadPoolExecutor(
                        1,
                        task -> {
                            Thread thread = new Thread(task, "sparql-deadlines");
                            thread.setDaemon(true);
                            return thread;
                        });
        // Disarmed deadlines leave the queue at once, not when they would have fired.
        clock.setRemoveOnCancelPolicy(true);
    }

    /** Arms a deadline that aborts {@code exec} once {@code limit} has passed. */
    Deadline abortAfter(QueryExec exec, Duration limit) {
        Deadline deadline = new Deadline();
        deadline.alarm =
                clock.schedule(
                        () -> {
                            deadline.passed.set(true);
                            exec.abort();
                        },
                        limit.toMillis(),
                        TimeUnit.MILLISECONDS);
        return deadline;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
