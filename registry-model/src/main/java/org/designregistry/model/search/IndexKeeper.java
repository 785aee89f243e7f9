package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.designregistry.model.Commit;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.ontology.DR;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a registry's index in step with its store: opens it (rebuilding it when it cannot be
 * trusted), derives again the documents of the resources each commit touched, rebuilds it on demand
 * or after a commit too large to itemise, and closes it, noting any commit it missed. Changes to
 * the index are serialised on one lock; searches do not take it.
 */
final class IndexKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySearch.class);

    private final Registry registry;
    private final Optional<Path> folder;
    private final FacetsConfig facets;
    private final ResourceDocuments documents;
    private final Object lock = new Object();
    private volatile SearchIndex index;
    private boolean stale;
    private boolean closed;
    private boolean missedCommits;
    private String rebuiltAtOpen;

    IndexKeeper(Registry registry, Optional<Path> folder, TermLabels terms) {
        this.registry = registry;
        this.folder = folder;
        this.facets = ResourceDocuments.facetsConfig();
        this.documents = new ResourceDocuments(terms, facets);
    }

    /** Returns the facet configuration the documents are built with. */
    FacetsConfig facets() {
        return facets;
    }

    /** Returns the folder of the index, or empty in memory. */
    Optional<Path> folder() {
        return folder;
    }

    /** Rebuilds the index from the store; returns the number of resources indexed. */
    int rebuild() {
        synchronized (lock) {
            requireOpen();
            if (index == null) {
                index = openIndex();
            }
            return rebuildLocked();
        }
    }

    /** Returns why the index was rebuilt when it was opened, or empty if it was trusted. */
    Optional<String> rebuiltAtOpen() {
        index();
        synchronized (lock) {
            return Optional.ofNullable(rebuiltAtOpen);
        }
    }

    /** Closes the index, committing it as clean unless it is known to be stale. */
    void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (index != null) {
                try {
                    index.close(!stale);
                } catch (IOException e) {
                    throw new RegistryException(
                            "Cannot close the search index: " + e.getMessage(), e);
                } finally {
                    index = null;
                }
            }
        }
    }

    /** Returns the open index, opening (and if need be building) it on first use. */
    SearchIndex index() {
        SearchIndex open = index;
        if (open != null) {
            return open;
        }
        synchronized (lock) {
            requireOpen();
            if (index == null) {
                index = openIndex();
            }
            return index;
        }
    }

    private SearchIndex openIndex() {
        long start = System.nanoTime();
        SearchIndex opened =
                folder.map(f -> SearchIndex.open(f, facets))
                        .orElseGet(() -> SearchIndex.inMemory(facets));
        String why = opened.whyRebuild();
        if (why == null) {
            long resources = Txn.calculateRead(registry.dataset(), () -> countResources(graph()));
            int documents = opened.size();
            if (resources != documents) {
                why = "it holds " + documents + " resources and the store " + resources;
            }
        }
        rebuiltAtOpen = why;
        if (why != null) {
            SearchIndex building = opened;
            index = building;
            try {
                int count = rebuildLocked();
                // A new, empty store needs no news of its new, empty index.
                if (folder.isPresent() && (count > 0 || !SearchIndex.NONE.equals(why))) {
                    LOG.info(
                            "Rebuilt the search index {} because {}: {} resources in {} ms",
                            folder.get(),
                            why,
                            count,
                            (System.nanoTime() - start) / 1_000_000);
                }
            } catch (RuntimeException e) {
                index = null;
                closeQuietly(building);
                throw e;
            }
        }
        return opened;
    }

    /** Replaces every document with those derived from the store now; call holding the lock. */
    private int rebuildLocked() {
        try {
            int count =
                    Txn.calculateRead(
                            registry.dataset(),
                            () -> {
                                Graph data = graph();
                                Iterator<Document> docs =
                                        resources(data).stream()
                                                .map(r -> documents.document(data, r))
                                                .flatMap(Optional::stream)
                                                .iterator();
                                try {
                                    return index.replaceAll(docs);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
            stale = false;
            return count;
        } catch (RuntimeException e) {
            stale = true;
            throw new RegistryException("Cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    /** Brings the index up to date with one commit; listeners call it after each commit. */
    void committed(Commit commit) {
        synchronized (lock) {
            if (closed) {
                // The store goes on without the index: make sure it is rebuilt when next opened.
                if (!missedCommits) {
                    missedCommits = true;
                    folder.ifPresent(SearchIndex::markStale);
                }
                return;
            }
            if (index == null) {
                // Not opened yet: its first use builds it from the store, commit included.
                return;
            }
            try {
                if (!commit.itemised() || stale) {
                    rebuildLocked();
                    return;
                }
                Map<String, Optional<Document>> changed =
                        Txn.calculateRead(
                                registry.dataset(),
                                () -> {
                                    Graph data = graph();
                                    Map<String, Optional<Document>> docs = new LinkedHashMap<>();
                                    for (Node r : affected(data, commit)) {
                                        docs.put(r.getURI(), documents.document(data, r));
                                    }
                                    return docs;
                                });
                index.update(changed);
            } catch (IOException | RuntimeException e) {
                stale = true;
                LOG.error(
                        "The search index could not follow commit {} ({}); it will be rebuilt on"
                                + " the next write or start",
                        commit.version(),
                        e.toString(),
                        e);
            }
        }
    }

    /**
     * Returns the resources whose documents a commit may change: those it touched and, when it
     * changed the label or identifier of a resource, the resources that resource owns (their
     * documents hold a workstream's label and key).
     */
    private static Set<Node> affected(Graph data, Commit commit) {
        Set<Node> affected = new LinkedHashSet<>();
        for (Node r : commit.touchedResources()) {
            if (r.isURI()) {
                affected.add(r);
            }
        }
        Set<Node> renamed = new LinkedHashSet<>();
        for (List<Triple> triples : List.of(commit.added(), commit.removed())) {
            for (Triple t : triples) {
                Node p = t.getPredicate();
                if (ResourceDocuments.LABELS.contains(p)
                        || p.equals(ResourceDocuments.IDENTIFIER)) {
                    renamed.add(t.getSubject());
                }
            }
        }
        for (Node owner : renamed) {
            data.find(Node.ANY, DR.ownedBy.asNode(), owner)
                    .forEach(t -> affected.add(t.getSubject()));
            data.find(owner, DR.ownerOf.asNode(), Node.ANY)
                    .filterKeep(t -> t.getObject().isURI())
                    .forEach(t -> affected.add(t.getObject()));
        }
        return affected;
    }

    /** Returns the IRIs that are subjects in the data graph: the resources to index. */
    private static Set<Node> resources(Graph data) {
        Set<Node> subjects = new LinkedHashSet<>();
        data.find()
                .forEach(
                        t -> {
                            if (t.getSubject().isURI()) {
                                subjects.add(t.getSubject());
                            }
                        });
        return subjects;
    }

    private static long countResources(Graph data) {
        return resources(data).size();
    }

    private Graph graph() {
        return registry.dataset().getDefaultGraph();
    }

    private void requireOpen() {
        if (closed) {
            throw new RegistryException(
                    "The search index "
                            + folder.map(Path::toString).orElse("in memory")
                            + " is closed");
        }
    }

    private static void closeQuietly(SearchIndex index) {
        try {
            index.close(false);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a search index that failed to build: {}", e.toString());
        }
    }
}
