package org.designregistry.model.vocabulary;

import java.util.List;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A page of the registry resources that use a term: those with a concept as a value, those of a
 * class, those that state a property.
 *
 * @param total how many resources use the term in all
 * @param offset the position of the first resource of this page, from 0
 * @param resources the resources of this page, by IRI
 */
public record TermUsage(int total, int offset, List<ResourceRef> resources) {

    /** Copies the list. */
    public TermUsage {
        resources = List.copyOf(resources);
    }
}
