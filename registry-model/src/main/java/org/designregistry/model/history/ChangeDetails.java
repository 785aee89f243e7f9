package org.designregistry.model.history;

import java.util.List;

/**
 * One change with its triples, labelled for people.
 *
 * @param change the record
 * @param added the triples it added
 * @param removed the triples it removed
 */
public record ChangeDetails(
        ChangeRecord change, List<LabelledTriple> added, List<LabelledTriple> removed) {

    public ChangeDetails {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
