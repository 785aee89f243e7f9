package org.designregistry.model.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.designregistry.model.RegistryException;

/**
 * The Lucene side of a registry's search: a directory (a folder, or memory), its one writer and the
 * near-real-time searchers over it.
 *
 * <p>Changes are searchable as soon as {@link #update} or {@link #replaceAll} returns, without a
 * Lucene commit: the index is committed when rebuilt and when closed cleanly. Each commit records
 * whether the index was left open; an index found open (its process died) or missing, corrupt or of
 * another schema must be rebuilt, and {@link #whyRebuild()} says so.
 */
final class SearchIndex implements Closeable {

    /** Bump when the documents change shape, so that older indexes are rebuilt. */
    static final String SCHEMA_VERSION = "1";

    /** Why an index is rebuilt when there was none. */
    static final String NONE = "there is none";

    /** A file that says a commit was made after the index closed: it must be rebuilt. */
    static final String STALE_MARKER = "stale-after-close";

    private static final String SCHEMA = "schema";
    private static final String STATE = "state";
    private static final String OPEN = "open";
    private static final String CLOSED = "closed";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String whyRebuild;

    private SearchIndex(
            Directory directory, IndexWriter writer, SearcherManager searchers, String whyRebuild) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.whyRebuild = whyRebuild;
    }

    /** Returns a new, empty index in memory; it must be built. */
    static SearchIndex inMemory(FacetsConfig facets) {
        try {
            return create(new ByteBuffersDirectory(), OpenMode.CREATE, facets, "it is new");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the index in {@code folder}, creating the folder if needed; a missing or corrupt
     * index is replaced by an empty one, to be rebuilt.
     *
     * @throws RegistryException if the folder cannot be used or another process holds the index
     */
    static SearchIndex open(Path folder, FacetsConfig facets) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            String why = check(directory);
            if (why == null && Files.exists(folder.resolve(STALE_MARKER))) {
                why = "a write was committed after it was closed";
            }
            if (why == null) {
                try {
                    return create(directory, OpenMode.APPEND, facets, null);
                } catch (LockObtainFailedException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    // A file the commit point names is damaged: start afresh.
                    why = "it could not be read (" + e.getMessage() + ")";
                }
            }
            deleteFiles(folder);
            return create(directory, OpenMode.CREATE, facets, why);
        } catch (LockObtainFailedException e) {
            throw new RegistryException(
                    "The search index "
                            + folder
                            + " is in use by another process: stop it, then try again",
                    e);
        } catch (IOException e) {
            throw new RegistryException(
                    "Cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Notes in an index folder that a commit was made after the index closed, so that the next open
     * rebuilds it.
     */
    static void markStale(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(STALE_MARKER), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns why the index must be rebuilt from the store, or null if it can be trusted. */
    String whyRebuild() {
        return whyRebuild;
    }

    /** Returns the result of {@code search} over the latest searcher. */
    <T> T search(Function<FacetedSearcher, T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply((FacetedSearcher) searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the number of documents, one per indexed resource. */
    int size() {
        return search(s -> s.getIndexReader().numDocs());
    }

    /**
     * Replaces or deletes the documents of some resources, by IRI (an empty document deletes), and
     * makes the change searchable.
     */
    void update(Map<String, Optional<Document>> documents) throws IOException {
        for (Map.Entry<String, Optional<Document>> e : documents.entrySet()) {
            Term key = new Term(Fields.IRI, IndexKeys.key(e.getKey()));
            if (e.getValue().isPresent()) {
                writer.updateDocument(key, e.getValue().get());
            } else {
                writer.deleteDocuments(key);
            }
        }
        searchers.maybeRefreshBlocking();
    }

    /**
     * Replaces every document, commits, and makes the new documents searchable together. A document
     * Lucene refuses (such as one with a term over its limit) is left out and passed to {@code
     * refused} with the reason; the others are indexed all the same.
     */
    int replaceAll(Iterator<Document> documents, BiConsumer<Document, String> refused)
            throws IOException {
        writer.deleteAll();
        int count = 0;
        while (documents.hasNext()) {
            Document document = documents.next();
            try {
                writer.addDocument(document);
                count++;
            } catch (IllegalArgumentException e) {
                // Lucene drops a document it refuses and keeps the writer usable.
                refused.accept(document, e.getMessage());
            }
        }
        commit(OPEN);
        searchers.maybeRefreshBlocking();
        return count;
    }

    /**
     * Closes the index. A clean close commits it as closed, so that the next open trusts it;
     * otherwise uncommitted changes are dropped and the next open rebuilds it.
     */
    void close(boolean clean) throws IOException {
        try (directory;
                writer;
                searchers) {
            if (clean) {
                commit(CLOSED);
            }
        }
    }

    @Override
    public void close() throws IOException {
        close(true);
    }

    private void commit(String state) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA, SCHEMA_VERSION, STATE, state).entrySet());
        writer.commit();
    }

    private static SearchIndex create(
            Directory directory, OpenMode mode, FacetsConfig facets, String whyRebuild)
            throws IOException {
        IndexWriterConfig config =
                new IndexWriterConfig(Analyzers.INDEX)
                        .setOpenMode(mode)
                        .setCommitOnClose(false)
                        .setRAMBufferSizeMB(64);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            SearchIndex index =
                    new SearchIndex(
                            directory,
                            writer,
                            new SearcherManager(
                                    writer,
                                    new SearcherFactory() {
                                        @Override
                                        public IndexSearcher newSearcher(
                                                IndexReader reader, IndexReader previous)
                                                throws IOException {
                                            return new FacetedSearcher(reader, facets);
                                        }
                                    }),
                            whyRebuild);
            // Mark the index open: if this process dies, the next one rebuilds it.
            index.commit(OPEN);
            return index;
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Returns why the index in a directory cannot be trusted, or null if it can. */
    private static String check(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return NONE;
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!SCHEMA_VERSION.equals(data.get(SCHEMA))) {
                return "it was built by another version of the registry";
            }
            if (!CLOSED.equals(data.get(STATE))) {
                return "it was not closed cleanly";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "it is corrupt (" + e.getMessage() + ")";
        }
    }

    private static void deleteFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }
}
