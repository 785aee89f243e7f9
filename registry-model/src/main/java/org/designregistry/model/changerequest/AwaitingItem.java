package org.designregistry.model.changerequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * An impacted item of an open change request that nobody has triaged yet, and for which a party
 * answers.
 *
 * @param changeRequest the change request's identifier, such as {@code CR004}
 * @param title its title
 * @param deadline the day by which it must be answered, if set
 * @param item the untriaged item
 * @param parties the parties asked who answer for it
 */
public record AwaitingItem(
        String changeRequest,
        String title,
        Optional<LocalDate> deadline,
        FrozenItem item,
        List<ResourceRef> parties) {

    /** Copies the list. */
    public AwaitingItem {
        Objects.requireNonNull(changeRequest, "changeRequest");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(item, "item");
        parties = List.copyOf(parties);
    }
}
