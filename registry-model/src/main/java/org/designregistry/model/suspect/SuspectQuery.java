package org.designregistry.model.suspect;

import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.history.ChangeQuery.ChangeBound;

/**
 * Which suspect links to list, and which page.
 *
 * @param workstream the identifier (or IRI) of a workstream that owns either end
 * @param owner the identifier (or IRI) of an owner of the dependant end, who must review the link
 * @param kind a kind of either end, such as {@code interface} or {@code data-item}
 * @param since links made suspect by a change at or after this bound (a number or a time)
 * @param page the page, from 0
 * @param size the links per page, 1 to {@value #MAX_SIZE}
 */
public record SuspectQuery(
        Optional<String> workstream,
        Optional<String> owner,
        Optional<String> kind,
        Optional<ChangeBound> since,
        int page,
        int size) {

    /** The default page size. */
    public static final int DEFAULT_SIZE = 50;

    /** The largest page size. */
    public static final int MAX_SIZE = 500;

    /**
     * Checks the page and size; blank filters become empty.
     *
     * @throws RegistryException if the page is negative or the size is outside 1 to {@value
     *     #MAX_SIZE}
     */
    public SuspectQuery {
        workstream = Objects.requireNonNull(workstream, "workstream").filter(s -> !s.isBlank());
        owner = Objects.requireNonNull(owner, "owner").filter(s -> !s.isBlank());
        kind = Objects.requireNonNull(kind, "kind").filter(s -> !s.isBlank());
        Objects.requireNonNull(since, "since");
        if (page < 0) {
            throw new RegistryException("Invalid page " + page + ": pages start at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RegistryException(
                    "Invalid page size "
                            + size
                            + ": give 1 to "
                            + MAX_SIZE
                            + " suspect links per page");
        }
    }

    /** Returns the query for every suspect link, first page, {@value #DEFAULT_SIZE} per page. */
    public static SuspectQuery all() {
        return new SuspectQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                DEFAULT_SIZE);
    }
}
