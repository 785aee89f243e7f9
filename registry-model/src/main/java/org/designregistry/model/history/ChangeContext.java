package org.designregistry.model.history;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.designregistry.model.RegistryException;

/**
 * Who makes the writes on this thread, by which route and why: what the change record of each write
 * committed on the thread says. A server sets it around each write request, the command line around
 * a load; writes made with none set are recorded as {@link #SYSTEM}'s.
 *
 * <p>The context belongs to the thread, like a transaction: code that hands a write to another
 * thread carries it there with {@link #carry(Callable)}.
 *
 * <pre>{@code
 * ChangeContext who = ChangeContext.of("alice", ChangeContext.REST, "Fix the owner", "CR-12");
 * ChangeContext.runWith(who, () -> resources.replace(iri, version, draft));
 * }</pre>
 *
 * @param principal the user or token name, {@code cli:<name>} for the command line; not blank
 * @param route how the write came: {@link #REST}, {@link #SPARQL_UPDATE}, {@link #GRAPH_STORE},
 *     {@link #FORM}, {@link #CLI_LOAD}, {@link #REVERT} or another short word; not blank
 * @param message why, in the writer's words; may be empty
 * @param changeRequest the change request the write is made for; may be empty
 */
public record ChangeContext(
        String principal, String route, Optional<String> message, Optional<String> changeRequest) {

    /** The route of writes through the REST API. */
    public static final String REST = "rest";

    /** The route of SPARQL updates. */
    public static final String SPARQL_UPDATE = "sparql-update";

    /** The route of SPARQL Graph Store Protocol writes. */
    public static final String GRAPH_STORE = "graph-store";

    /** The route of the edit form. */
    public static final String FORM = "form";

    /** The route of the command line's {@code load}. */
    public static final String CLI_LOAD = "cli-load";

    /** The route of a revert of an earlier change. */
    public static final String REVERT = "revert";

    /** The longest message a change may carry, in characters. */
    public static final int MAX_MESSAGE = 2_000;

    /** The longest principal, route or change-request reference, in characters. */
    public static final int MAX_NAME = 200;

    /** Writes nobody claimed: the registry's own, through its Java API. */
    public static final ChangeContext SYSTEM =
            new ChangeContext("system", "direct", Optional.empty(), Optional.empty());

    private static final ThreadLocal<ChangeContext> CURRENT = new ThreadLocal<>();

    /**
     * Checks the parts; blank message and change request become empty.
     *
     * @throws RegistryException if the principal or route is blank, or a part is over its limit or
     *     holds control characters, naming the part and the limit
     */
    public ChangeContext {
        principal = checked("principal", principal, MAX_NAME, false);
        route = checked("route", route, MAX_NAME, false);
        message = optional("message", message, MAX_MESSAGE, true);
        changeRequest = optional("change request", changeRequest, MAX_NAME, false);
    }

    /**
     * Returns a context with an optional message and change request, each null or blank when
     * absent.
     *
     * @throws RegistryException as the constructor does
     */
    public static ChangeContext of(
            String principal, String route, String message, String changeRequest) {
        return new ChangeContext(
                principal, route, Optional.ofNullable(message), Optional.ofNullable(changeRequest));
    }

    /** Returns this context with another message, or this one when {@code message} is blank. */
    public ChangeContext withMessage(String message) {
        return message == null || message.isBlank()
                ? this
                : new ChangeContext(principal, route, Optional.of(message), changeRequest);
    }

    /** Returns the context set on this thread, or {@link #SYSTEM}. */
    public static ChangeContext current() {
        ChangeContext context = CURRENT.get();
        return context == null ? SYSTEM : context;
    }

    /** Runs {@code work} with {@code context} set on this thread, then restores the one before. */
    public static void runWith(ChangeContext context, Runnable work) {
        callWith(
                context,
                () -> {
                    work.run();
                    return null;
                });
    }

    /** Returns what {@code work} returns, run with {@code context} set on this thread. */
    public static <T> T callWith(ChangeContext context, Supplier<T> work) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(work, "work");
        ChangeContext before = CURRENT.get();
        CURRENT.set(context);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /**
     * Returns a task that runs {@code task} with this thread's context as it is now, on whichever
     * thread runs it.
     */
    public static <T> Callable<T> carry(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        ChangeContext context = CURRENT.get();
        if (context == null) {
            return task;
        }
        return () -> {
            ChangeContext before = CURRENT.get();
            CURRENT.set(context);
            try {
                return task.call();
            } finally {
                if (before == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(before);
                }
            }
        };
    }

    private static String checked(String part, String value, int limit, boolean lines) {
        if (value == null || value.isBlank()) {
            throw new RegistryException("Missing " + part + " of the change");
        }
        String text = value.strip();
        if (text.length() > limit) {
            throw new RegistryException(
                    "The change's "
                            + part
                            + " is "
                            + text.length()
                            + " characters long; the limit is "
                            + limit);
        }
        if (text.chars()
                .anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\t')))) {
            throw new RegistryException("The change's " + part + " holds control characters");
        }
        return text;
    }

    private static Optional<String> optional(
            String part, Optional<String> value, int limit, boolean lines) {
        Objects.requireNonNull(value, part);
        return value.filter(v -> !v.isBlank()).map(v -> checked(part, v, limit, lines));
    }
}
