package org.designregistry.model.internal;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.designregistry.model.LoadResult;
import org.designregistry.model.RdfSource;

/**
 * Adds parsed datasets and their prefixes to a dataset: default-graph triples to the registry
 * graph, named graphs (a backup's history, say) to the graphs of the same names.
 */
final class GraphLoader {

    private GraphLoader() {}

    /** Adds every dataset; call inside one write transaction so that the load is all or nothing. */
    static LoadResult addAll(
            DatasetGraph dataset, List<RdfSource> sources, List<DatasetGraph> parsed) {
        long read = 0;
        long added = 0;
        for (DatasetGraph source : parsed) {
            read += source.getDefaultGraph().size();
            added += addNew(source.getDefaultGraph(), dataset.getDefaultGraph());
            for (Iterator<Node> names = source.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                Graph graph = source.getGraph(name);
                read += graph.size();
                added += addNew(graph, dataset.getGraph(name));
            }
            source.prefixes().forEach(dataset.prefixes()::add);
        }
        return new LoadResult(
                sources.stream().map(RdfSource::name).toList(),
                read,
                added,
                dataset.getDefaultGraph().size());
    }

    private static long addNew(Graph from, Graph to) {
        long added = 0;
        for (Triple triple : from.find().toList()) {
            if (!to.contains(triple)) {
                to.add(triple);
                added++;
            }
        }
        return added;
    }
}
