package org.designregistry.model.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.RegistryException;

/**
 * Which changes to list, newest first, and which page of them. Every filter is optional; those
 * given must all match. Build one with the {@code with...} methods from {@link #all()}.
 *
 * <pre>{@code
 * ChangeQuery q = ChangeQuery.all().withResource(des138Iri).withSince(ChangeBound.parse("120"));
 * }</pre>
 *
 * @param resource the IRI of a resource the change touched
 * @param user the principal that made it
 * @param route the route it came by
 * @param since the earliest change (inclusive), by number or time
 * @param until the latest change (inclusive), by number or time
 * @param changeRequest the change request it was made for
 * @param page the page, from 0
 * @param size the changes per page, 1 to {@value #MAX_SIZE}
 */
public record ChangeQuery(
        Optional<String> resource,
        Optional<String> user,
        Optional<String> route,
        Optional<ChangeBound> since,
        Optional<ChangeBound> until,
        Optional<String> changeRequest,
        int page,
        int size) {

    /** The default page size. */
    public static final int DEFAULT_SIZE = 50;

    /** The largest page size. */
    public static final int MAX_SIZE = 500;

    /**
     * Checks the page and size.
     *
     * @throws RegistryException if the page is negative or the size is outside 1 to {@value
     *     #MAX_SIZE}
     */
    public ChangeQuery {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(changeRequest, "changeRequest");
        if (page < 0) {
            throw new RegistryException("Invalid page " + page + ": pages start at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RegistryException(
                    "Invalid page size " + size + ": give 1 to " + MAX_SIZE + " changes per page");
        }
    }

    /** Returns the query for every change, first page, {@value #DEFAULT_SIZE} per page. */
    public static ChangeQuery all() {
        return new ChangeQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                DEFAULT_SIZE);
    }

    /** Returns this query for the changes that touched the resource with this IRI. */
    public ChangeQuery withResource(String iri) {
        return new ChangeQuery(
                Optional.ofNullable(iri), user, route, since, until, changeRequest, page, size);
    }

    /** Returns this query for the changes this principal made. */
    public ChangeQuery withUser(String principal) {
        return new ChangeQuery(
                resource,
                Optional.ofNullable(principal),
                route,
                since,
                until,
                changeRequest,
                page,
                size);
    }

    /** Returns this query for the changes that came by this route. */
    public ChangeQuery withRoute(String name) {
        return new ChangeQuery(
                resource, user, Optional.ofNullable(name), since, until, changeRequest, page, size);
    }

    /** Returns this query for the changes from this bound on. */
    public ChangeQuery withSince(ChangeBound bound) {
        return new ChangeQuery(
                resource,
                user,
                route,
                Optional.ofNullable(bound),
                until,
                changeRequest,
                page,
                size);
    }

    /** Returns this query for the changes up to this bound. */
    public ChangeQuery withUntil(ChangeBound bound) {
        return new ChangeQuery(
                resource,
                user,
                route,
                since,
                Optional.ofNullable(bound),
                changeRequest,
                page,
                size);
    }

    /** Returns this query for the changes made for this change request. */
    public ChangeQuery withChangeRequest(String reference) {
        return new ChangeQuery(
                resource, user, route, since, until, Optional.ofNullable(reference), page, size);
    }

    /** Returns this query for another page. */
    public ChangeQuery withPage(int page, int size) {
        return new ChangeQuery(resource, user, route, since, until, changeRequest, page, size);
    }

    /** Returns true when a record passes every filter but the resource's. */
    boolean matches(ChangeRecord record) {
        return user.map(record.principal()::equals).orElse(true)
                && route.map(record.route()::equals).orElse(true)
                && changeRequest
                        .map(c -> record.changeRequest().equals(Optional.of(c)))
                        .orElse(true)
                && since.map(b -> !b.isAfter(record)).orElse(true)
                && until.map(b -> !b.isBefore(record)).orElse(true);
    }

    /** A bound on changes: a change number, or a time. */
    public sealed interface ChangeBound {

        /** Returns true when the change comes before this bound. */
        boolean isAfter(ChangeRecord record);

        /** Returns true when the change comes after this bound. */
        boolean isBefore(ChangeRecord record);

        /**
         * Returns the bound a text gives: a change number such as {@code 120}, or an ISO-8601 time
         * such as {@code 2026-12-01T09:00:00Z}.
         *
         * @throws RegistryException if it is neither, quoting both forms
         */
        static ChangeBound parse(String text) {
            Objects.requireNonNull(text, "text");
            String t = text.strip();
            if (t.matches("[0-9]{1,18}")) {
                return new Number(Long.parseLong(t));
            }
            try {
                return new Time(Instant.parse(t));
            } catch (java.time.format.DateTimeParseException e) {
                throw new RegistryException(
                        "Invalid change bound '"
                                + text
                                + "': give a change number such as 120, or a time such as"
                                + " 2026-12-01T09:00:00Z");
            }
        }

        /** A change number. */
        record Number(long number) implements ChangeBound {
            @Override
            public boolean isAfter(ChangeRecord record) {
                return record.number() < number;
            }

            @Override
            public boolean isBefore(ChangeRecord record) {
                return record.number() > number;
            }
        }

        /** A time. */
        record Time(Instant time) implements ChangeBound {
            @Override
            public boolean isAfter(ChangeRecord record) {
                return record.time().isBefore(time);
            }

            @Override
            public boolean isBefore(ChangeRecord record) {
                return record.time().isAfter(time);
            }
        }
    }
}
