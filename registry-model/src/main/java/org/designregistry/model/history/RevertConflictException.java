package org.designregistry.model.history;

import java.util.List;
import java.util.stream.Collectors;
import org.designregistry.model.RegistryException;

/**
 * A revert refused because later changes altered the same triples: undoing the change would undo
 * part of theirs, or fail to restore what it changed. Revert those first, newest first.
 */
public class RevertConflictException extends RegistryException {

    private final long change;
    private final List<Long> conflicting;

    /** Returns the refusal to revert {@code change}, naming the later changes in its way. */
    public RevertConflictException(long change, List<Long> conflicting) {
        super(message(change, conflicting));
        this.change = change;
        this.conflicting = List.copyOf(conflicting);
    }

    private static String message(long change, List<Long> conflicting) {
        if (conflicting.isEmpty()) {
            return "Cannot revert change "
                    + change
                    + ": the registry no longer holds what it left; read its history again";
        }
        return "Cannot revert change "
                + change
                + ": later changes altered the same triples ("
                + conflicting.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "); revert those first, newest first";
    }

    /** Returns the change that was to be reverted. */
    public long change() {
        return change;
    }

    /** Returns the numbers of the later changes that altered the same triples, oldest first. */
    public List<Long> conflicting() {
        return conflicting;
    }
}
