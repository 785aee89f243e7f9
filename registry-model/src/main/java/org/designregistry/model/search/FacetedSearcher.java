package org.designregistry.model.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time reader, with the facet ordinals of that reader worked out once,
 * when the reader is opened, rather than on every search.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final Map<String, String> workstreamLabels = new ConcurrentHashMap<>();

    FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        boolean hasFacets =
                MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                        != null;
        this.facetState =
                hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    /**
     * Returns the labels of workstream facet keys found so far in this reader: they cannot change
     * while it is open, and looking each up on every search would read stored fields each time.
     */
    Map<String, String> workstreamLabels() {
        return workstreamLabels;
    }

    /** Returns the facet state, or null when the index holds no document. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }
}
