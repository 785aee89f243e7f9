package org.designregistry.model.changerequest;

import java.util.List;
import java.util.Objects;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A party to consult on a change request, and why.
 *
 * @param party the constituency or market role
 * @param via for a constituency, the working groups on which it holds posts; for a market role, the
 *     changed interfaces it sends or receives
 */
public record Consultee(ResourceRef party, List<ResourceRef> via) {

    /** Copies the list. */
    public Consultee {
        Objects.requireNonNull(party, "party");
        via = List.copyOf(via);
    }
}
