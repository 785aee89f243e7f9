package org.designregistry.model.history;

import java.util.List;

/**
 * One change to a resource, as a readable difference per property or link.
 *
 * @param change the record
 * @param differences what it did to each property or link of the resource, properties first
 */
public record ResourceChange(ChangeRecord change, List<Difference> differences) {

    public ResourceChange {
        differences = List.copyOf(differences);
    }
}
