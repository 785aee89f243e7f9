package org.designregistry.server.sparql;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads SPARQL requests run on: few, with a large stack, so that ARQ's recursive evaluation
 * of {@code +} and {@code *} paths over tens of thousands of nodes finishes instead of overflowing
 * a request thread's stack. Idle threads end after a minute, returning the stack memory they used.
 */
final class QueryThreads implements AutoCloseable {

    /** All threads and queue places are taken. */
    static final class BusyException extends Exception {
        BusyException() {
            super("The SPARQL endpoint is busy: try again shortly");
        }
    }

    private final ThreadPoolExecutor executor;

    QueryThreads(int threads, int queue, long stackBytes) {
        AtomicInteger count = new AtomicInteger();
        executor =
                new ThreadPoolExecutor(
                        threads,
                        threads,
                        60,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(queue),
                        task -> {
                            Thread thread =
                                    new Thread(
                                            null,
                                            task,
                                            "sparql-" + count.incrementAndGet(),
                                            stackBytes);
                            thread.setDaemon(true);
                            return thread;
                        });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs a task on a SPARQL thread and returns its result, waiting for it.
     *
     * @throws BusyException if no thread or queue place is free
     * @throws ExecutionException with whatever the task threw
     */
    <T> T call(Callable<T> task) throws BusyException, ExecutionException {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new BusyException();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExecutionException("Interrupted while waiting for the query", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
