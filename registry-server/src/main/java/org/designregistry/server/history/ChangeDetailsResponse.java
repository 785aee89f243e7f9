package org.designregistry.server.history;

import java.util.List;
import org.designregistry.model.history.ChangeDetails;
import org.designregistry.model.history.LabelledTriple;

/**
 * One change with the triples it added and removed, each part labelled.
 *
 * @param change the change
 * @param added the triples it added
 * @param removed the triples it removed
 */
record ChangeDetailsResponse(
        ChangeResponse change, List<LabelledTriple> added, List<LabelledTriple> removed) {

    static ChangeDetailsResponse of(ChangeDetails details) {
        return new ChangeDetailsResponse(
                ChangeResponse.of(details.change()), details.added(), details.removed());
    }
}
