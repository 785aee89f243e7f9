package org.designregistry.model.search;

import java.util.List;
import java.util.Objects;

/**
 * What rebuilding the search index did: how many resources it indexed, and which it skipped because
 * no document could be made of them or the index refused it, with why. A skipped resource is still
 * in the store; it is only not found by search.
 *
 * @param indexed the number of resources indexed
 * @param skipped the resources not indexed, in the order met
 */
public record RebuildReport(int indexed, List<Skipped> skipped) {

    /** Copies the list. */
    public RebuildReport {
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }

    /**
     * One resource left out of the index.
     *
     * @param iri the resource's IRI
     * @param reason why it was left out
     */
    public record Skipped(String iri, String reason) {}
}
