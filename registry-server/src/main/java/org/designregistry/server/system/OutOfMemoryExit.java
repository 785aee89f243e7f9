package org.designregistry.server.system;

import java.util.Objects;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's policy for {@link OutOfMemoryError}: log one clear line and end the JVM at once with
 * {@link #EXIT_STATUS}, so that the service manager restarts it, rather than run on with threads
 * that died mid-work (Tomcat's poller, a lock holder) and a port that answers nothing.
 *
 * <p>Installed as the JVM's default uncaught-exception handler when {@code serve} starts; code that
 * catches errors itself (Fuseki answers every {@code Throwable} with 500) hands an {@code
 * OutOfMemoryError} on to it. Other exceptions go to the handler that was there before, or are
 * printed as the JVM would. The store survives the halt: TDB2 recovers from its journal, as after
 * {@code kill -9}. The JVM flag {@code -XX:+ExitOnOutOfMemoryError} does the same for errors this
 * handler never sees, and is the documented way to run the server.
 */
public final class OutOfMemoryExit implements Thread.UncaughtExceptionHandler {

    /** The exit status after an out-of-memory error: the command line's "anything else" (4). */
    public static final int EXIT_STATUS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(OutOfMemoryExit.class);

    private final Thread.UncaughtExceptionHandler previous;
    private final IntConsumer halt;

    /**
     * Creates the policy; {@code halt} ends the JVM with a status, {@code previous} may be null.
     */
    OutOfMemoryExit(Thread.UncaughtExceptionHandler previous, IntConsumer halt) {
        this.previous = previous;
        this.halt = Objects.requireNonNull(halt, "halt");
    }

    /** Installs the policy as the JVM's default uncaught-exception handler. */
    public static void install() {
        Thread.UncaughtExceptionHandler current = Thread.getDefaultUncaughtExceptionHandler();
        if (!(current instanceof OutOfMemoryExit)) {
            Thread.setDefaultUncaughtExceptionHandler(
                    new OutOfMemoryExit(current, status -> Runtime.getRuntime().halt(status)));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (error instanceof OutOfMemoryError) {
            try {
                LOG.error(
                        "Out of memory in thread {} ({}): stopping the server with exit status {}"
                                + " so that its service manager restarts it",
                        thread.getName(),
                        error.getMessage(),
                        EXIT_STATUS);
            } finally {
                // Not System.exit: shutdown hooks may wait on threads that will never finish.
                halt.accept(EXIT_STATUS);
            }
            return;
        }
        if (previous != null) {
            previous.uncaughtException(thread, error);
        } else {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            error.printStackTrace(System.err);
        }
    }
}
