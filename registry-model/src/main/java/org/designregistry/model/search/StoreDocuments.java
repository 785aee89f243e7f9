package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.designregistry.model.Commit;
import org.designregistry.model.Registry;

/**
 * The documents the store gives now, each batch read in one read transaction: every resource's, for
 * a rebuild, or those a commit changed.
 */
final class StoreDocuments {

    private final Registry registry;
    private final ResourceDocuments documents;

    StoreDocuments(Registry registry, ResourceDocuments documents) {
        this.registry = registry;
        this.documents = documents;
    }

    /** Returns the number of resources in the store: those that should have documents. */
    long resourceCount() {
        return Txn.calculateRead(registry.dataset(), () -> IndexedResources.all(graph()).size());
    }

    /**
     * Replaces every document of {@code index} with the store's and returns how many it indexed. A
     * resource no document can be made of, or whose document Lucene refuses, is added to {@code
     * skipped} with why, and the rest are indexed all the same.
     */
    int replaceAll(SearchIndex index, List<RebuildReport.Skipped> skipped) {
        return Txn.calculateRead(
                registry.dataset(),
                () -> {
                    Graph data = graph();
                    Iterator<Document> docs =
                            IndexedResources.all(data).stream()
                                    .map(r -> documentOrSkip(data, r, skipped))
                                    .flatMap(Optional::stream)
                                    .iterator();
                    try {
                        return index.replaceAll(
                                docs,
                                (doc, why) ->
                                        skipped.add(
                                                new RebuildReport.Skipped(
                                                        doc.get(Fields.IRI), why)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Returns the documents a commit changed, by IRI; an empty one means the resource is gone. */
    Map<String, Optional<Document>> changedBy(Commit commit) {
        return Txn.calculateRead(
                registry.dataset(),
                () -> {
                    Graph data = graph();
                    Map<String, Optional<Document>> docs = new LinkedHashMap<>();
                    for (Node r : IndexedResources.affected(data, commit)) {
                        docs.put(r.getURI(), documents.document(data, r));
                    }
                    return docs;
                });
    }

    private Optional<Document> documentOrSkip(
            Graph data, Node resource, List<RebuildReport.Skipped> skipped) {
        try {
            return documents.document(data, resource);
        } catch (RuntimeException e) {
            skipped.add(new RebuildReport.Skipped(resource.getURI(), e.toString()));
            return Optional.empty();
        }
    }

    private Graph graph() {
        return registry.dataset().getDefaultGraph();
    }
}
