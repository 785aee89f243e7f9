package org.designregistry.model.search;

import java.io.IOException;
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

    FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        boolean hasFacets =
                MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                        != null;
        this.facetState =
                hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    /** Returns the facet state, or null when the index holds no document. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }
}
