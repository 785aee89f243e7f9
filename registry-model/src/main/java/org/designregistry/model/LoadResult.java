package org.designregistry.model;

import java.util.List;

/**
 * What a load did.
 *
 * @param sources the files or streams loaded, in order
 * @param triplesRead the number of triples parsed
 * @param triplesAdded the number of triples that were new to the registry
 * @param sizeAfter the number of triples in the registry after the load
 */
public record LoadResult(
        List<String> sources, long triplesRead, long triplesAdded, long sizeAfter) {
    /** Copies the list of sources. */
    public LoadResult {
        sources = List.copyOf(sources);
    }
}
