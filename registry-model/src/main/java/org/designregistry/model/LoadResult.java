package org.designregistry.model;

import java.util.List;

/**
 * What a load did.
 *
 * @param sources the files or streams loaded, in order
 * @param triplesRead the number of triples parsed, those of named graphs included
 * @param triplesAdded the number of triples that were new to the registry, in whichever graph
 * @param sizeAfter the number of triples in the registry graph (the default graph) after the load
 */
public record LoadResult(
        List<String> sources, long triplesRead, long triplesAdded, long sizeAfter) {
    /** Copies the list of sources. */
    public LoadResult {
        sources = List.copyOf(sources);
    }
}
