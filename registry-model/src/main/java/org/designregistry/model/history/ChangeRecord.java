package org.designregistry.model.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One recorded change: a write committed to the registry, with who made it, when, how and why, and
 * the resources it touched. Its triples are its {@link ChangePatch}, read separately.
 *
 * @param number its number; numbers grow with each recorded commit, in commit order
 * @param time when it was committed (to the millisecond)
 * @param principal the user or token name that made it; {@code cli:<name>} for the command line
 * @param route the way it came, such as {@code rest} or {@code sparql-update}
 * @param message why, as its writer said, if they did
 * @param changeRequest the change request it was made for, if given
 * @param touched the IRIs of the resources whose description it changed
 */
public record ChangeRecord(
        long number,
        Instant time,
        String principal,
        String route,
        Optional<String> message,
        Optional<String> changeRequest,
        List<String> touched) {

    public ChangeRecord {
        touched = List.copyOf(touched);
    }
}
