package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.designregistry.model.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What is done to an index folder as a whole: marking it stale, and throwing it away. */
final class IndexFolder {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrySearch.class);

    private IndexFolder() {}

    /** Marks the index folder stale; one that cannot be written is rebuilt at next open anyway. */
    static void markStale(Path folder) {
        try {
            SearchIndex.markStale(folder);
        } catch (RuntimeException e) {
            LOG.debug("Could not mark the search index {} stale: {}", folder, e.toString());
        }
    }

    /**
     * Deletes the index folder, or a file in its place: it holds only data derived from the store.
     *
     * @throws RegistryException if it cannot be deleted
     */
    static void delete(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RegistryException(
                    "Cannot delete the search index " + folder + " to rebuild it: " + e, e);
        }
    }
}
