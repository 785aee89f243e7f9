package org.designregistry.model.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.designregistry.model.Commit;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a registry's index in step with its store: opens it (rebuilding it when it cannot be
 * trusted), derives again the documents of the resources each commit touched, rebuilds it on demand
 * or after a commit too large to itemise, and closes it, noting any commit it missed. Changes to
 * the index are serialised on one lock; searches do not take it.
 *
 * <p>The index is derived, so it never stops the store: when it cannot be opened or built, the
 * keeper notes why ({@link #degraded()}), searches fail with {@link SearchUnavailableException},
 * and {@link #repair()} builds it again from nothing.
 */
final class IndexKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySearch.class);

    private final Optional<Path> folder;
    private final FacetsConfig facets;
    private final StoreDocuments store;
    private final IndexHealth health = new IndexHealth();
    private final Object lock = new Object();
    private volatile SearchIndex index;
    private boolean stale;
    private boolean closed;
    private boolean missedCommits;
    private String rebuiltAtOpen;

    IndexKeeper(Registry registry, Optional<Path> folder, TermLabels terms) {
        this.folder = folder;
        this.facets = ResourceDocuments.facetsConfig();
        this.store = new StoreDocuments(registry, new ResourceDocuments(terms, facets));
    }

    /** Returns the facet configuration the documents are built with. */
    FacetsConfig facets() {
        return facets;
    }

    /** Returns the folder of the index, or empty in memory. */
    Optional<Path> folder() {
        return folder;
    }

    /**
     * Opens the index now, or notes why it cannot be opened: the store opens either way.
     *
     * @return true if the index is open
     */
    boolean openOrDegrade() {
        try {
            index();
            return true;
        } catch (RuntimeException e) {
            // The reason says it all; the trace is for those who ask for it.
            LOG.warn(
                    "Search is unavailable: {}; the store works without it, and 'registry"
                            + " reindex' rebuilds it",
                    health.unavailable().orElse(e.getMessage()));
            LOG.debug("The search index could not be opened", e);
            return false;
        }
    }

    /**
     * Returns why search is degraded: the index cannot be used, could not follow a commit, or left
     * resources out when last rebuilt; empty when it is in step with the store.
     */
    Optional<String> degraded() {
        return health.degraded();
    }

    /** Rebuilds the index from the store; returns what it indexed and skipped. */
    RebuildReport rebuild() {
        synchronized (lock) {
            requireOpen();
            if (index == null) {
                index = openIndex();
                return health.lastRebuild();
            }
            return rebuildLocked();
        }
    }

    /**
     * Throws the index away, folder and all, and builds it again from the store: what to do when it
     * cannot be opened, not even to be rebuilt.
     */
    RebuildReport repair() {
        synchronized (lock) {
            requireOpen();
            if (index != null) {
                closeQuietly(index);
                index = null;
            }
            folder.ifPresent(IndexFolder::delete);
            index = openIndex();
            return health.lastRebuild();
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

    /**
     * Returns the open index, opening (and if need be building) it on first use.
     *
     * @throws SearchUnavailableException if it cannot be opened, now or before
     */
    SearchIndex index() {
        SearchIndex open = index;
        if (open != null) {
            return open;
        }
        synchronized (lock) {
            requireOpen();
            if (index == null) {
                if (health.unavailable().isPresent()) {
                    throw new SearchUnavailableException(
                            "Search is unavailable: "
                                    + health.unavailable().get()
                                    + "; 'registry reindex' rebuilds the index");
                }
                index = openIndex();
            }
            return index;
        }
    }

    /** Opens the index, building it if it cannot be trusted; notes why if that fails. */
    private SearchIndex openIndex() {
        try {
            SearchIndex opened = openAndCheck();
            health.available();
            return opened;
        } catch (RuntimeException e) {
            health.unavailable(e.getMessage());
            throw e instanceof RegistryException ? e : new RegistryException(e.getMessage(), e);
        }
    }

    private SearchIndex openAndCheck() {
        long start = System.nanoTime();
        SearchIndex opened =
                folder.map(f -> SearchIndex.open(f, facets))
                        .orElseGet(() -> SearchIndex.inMemory(facets));
        String why = opened.whyRebuild();
        if (why == null) {
            long resources = store.resourceCount();
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
                int count = rebuildLocked().indexed();
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
    private RebuildReport rebuildLocked() {
        List<RebuildReport.Skipped> skipped = new ArrayList<>();
        try {
            int count = store.replaceAll(index, skipped);
            stale = false;
            health.rebuilt(new RebuildReport(count, skipped));
            for (RebuildReport.Skipped s : skipped) {
                LOG.warn("Left {} out of the search index: {}", s.iri(), s.reason());
            }
            return health.lastRebuild();
        } catch (RuntimeException e) {
            stale = true;
            throw new RegistryException("Cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    /** Brings the index up to date with one commit; listeners call it after each commit. */
    void committed(Commit commit) {
        synchronized (lock) {
            if (closed || (index == null && health.unavailable().isPresent())) {
                // The store goes on without the index: make sure it is rebuilt when next opened.
                if (!missedCommits) {
                    missedCommits = true;
                    folder.ifPresent(IndexFolder::markStale);
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
                Map<String, Optional<Document>> changed = store.changedBy(commit);
                index.update(changed);
            } catch (IOException | RuntimeException e) {
                stale = true;
                health.behind(
                        "the search index could not follow commit "
                                + commit.version()
                                + " ("
                                + e.getMessage()
                                + "); it is rebuilt on the next write or start");
                LOG.error(
                        "The search index could not follow commit {} ({}); it will be rebuilt on"
                                + " the next write or start",
                        commit.version(),
                        e.toString(),
                        e);
            }
        }
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
