package org.designregistry.model.suspect;

import java.util.List;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.resource.Term;

/**
 * A link that must be reviewed because the resource it depends on changed after it was approved or
 * baselined.
 *
 * @param id the link's id, for clearing it (32 hex digits)
 * @param subject the subject of the link as the data states it
 * @param relation the relation, labelled
 * @param object the object of the link as the data states it
 * @param changed the end that changed (the subject or the object)
 * @param dependant the end that depends on it, whose owners must review the link
 * @param owners the owners of the dependant ({@code dr:ownedBy})
 * @param since the number of the change that first made it suspect
 * @param changes the numbers of every change that made it suspect since, oldest first
 */
public record SuspectLink(
        String id,
        ResourceRef subject,
        Term relation,
        ResourceRef object,
        ResourceRef changed,
        ResourceRef dependant,
        List<ResourceRef> owners,
        long since,
        List<Long> changes) {

    public SuspectLink {
        owners = List.copyOf(owners);
        changes = List.copyOf(changes);
    }

    /** Returns the change that last made the link suspect. */
    public long latestChange() {
        return changes.isEmpty() ? since : changes.get(changes.size() - 1);
    }
}
