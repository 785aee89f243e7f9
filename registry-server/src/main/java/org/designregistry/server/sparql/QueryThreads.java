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
 * The threads SPARQL requests run on (one set for reads, one for writes, so that reads never wait
 * behind writes): few, with a large stack, so that ARQ's recursive evaluation of {@code +} and
 * {@code *} paths over tens of thousands of nodes finishes instead of overflowing a request
 * thread's stack. Idle threads end after a minute, returning the stack memory they used.
 */
final class QueryThreads implements AutoCloseable {

    /** All threads and queue places are taken. */
    static final class BusyException extends Exception {
        BusyException(String message) {
            super(message);
        }
    }

    private final ThreadPoolExecutor executor;
    private final String busyMessage;

    /**
     * Creates {@code threads} threads named {@code name-N} with a queue of {@code queue} places;
     * {@code property} names the setting of the thread count, for the busy message.
     */
    QueryThreads(String name, String property, int threads, int queue, long stackBytes) {
        busyMessage =
                "The SPARQL endpoint is busy: all "
                        + threads
                        + " threads ("
                        + property
                        + ") and "
                        + queue
                        + " queue places (registry.sparql.queue) are taken; try again shortly";
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
                                            name + "-" + count.incrementAndGet(),
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
            throw new BusyException(busyMessage);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            // Not cancel(true): an interrupt while the query reads the store's files closes their
            // channels for every later reader. The query's own time-out stops it.
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new ExecutionException("Interrupted while waiting for the query", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
