package org.designregistry.model.internal;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.designregistry.model.LoadResult;
import org.designregistry.model.RdfSource;

/** Adds parsed graphs and their prefixes to the default graph of a dataset. */
final class GraphLoader {

    private GraphLoader() {}

    /** Adds every graph; call inside one write transaction so that the load is all or nothing. */
    static LoadResult addAll(DatasetGraph dataset, List<RdfSource> sources, List<Graph> graphs) {
        Graph target = dataset.getDefaultGraph();
        long read = 0;
        long added = 0;
        for (Graph graph : graphs) {
            read += graph.size();
            for (Triple triple : graph.find().toList()) {
                if (!target.contains(triple)) {
                    target.add(triple);
                    added++;
                }
            }
            graph.getPrefixMapping().getNsPrefixMap().forEach(dataset.prefixes()::add);
        }
        return new LoadResult(
                sources.stream().map(RdfSource::name).toList(), read, added, target.size());
    }
}
