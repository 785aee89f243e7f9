package org.designregistry.model.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;

/**
 * The TDB2 store behind a registry on disk: its container (which compaction switches to a new
 * generation), the bytes it takes on disk and the quads it holds.
 */
final class StoreFolder {

    private final Registry registry;
    private final DatasetGraphSwitchable container;
    private final Path folder;

    private StoreFolder(Registry registry, DatasetGraphSwitchable container) {
        this.registry = registry;
        this.container = container;
        this.folder = container.getContainerPath();
    }

    /**
     * Returns the store of a registry on disk.
     *
     * @throws RegistryException for a registry in memory, which has no store folder
     */
    static StoreFolder of(Registry registry) {
        DatasetGraph dataset = registry.dataset();
        // The registry's dataset wraps the store (to report changes); unwrap to TDB2's container.
        while (dataset instanceof DatasetGraphWrapper wrapper
                && !(dataset instanceof DatasetGraphSwitchable)) {
            dataset = wrapper.getWrapped();
        }
        if (registry.location().isEmpty()
                || !(dataset instanceof DatasetGraphSwitchable container)
                || !container.hasContainerPath()) {
            throw new RegistryException(
                    registry
                            + " is held in memory: only a store on disk can be compacted or backed up");
        }
        return new StoreFolder(registry, container);
    }

    /** Returns TDB2's container of the store's generations. */
    DatasetGraphSwitchable container() {
        return container;
    }

    /** Returns the store folder. */
    Path folder() {
        return folder;
    }

    /**
     * Returns the bytes the store folder's files take, as their sizes add up: the current
     * generation, plus any left-overs of an interrupted compaction.
     */
    long bytesOnDisk() {
        try {
            return sumOfFiles();
        } catch (IOException | UncheckedIOException e) {
            // A compaction deleted an old generation while the walk was in it: walk again.
            try {
                return sumOfFiles();
            } catch (IOException | UncheckedIOException again) {
                throw new RegistryException(
                        "Cannot measure the store " + folder + ": " + again.getMessage(), again);
            }
        }
    }

    private long sumOfFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreFolder::size).sum();
        }
    }

    /** Returns the number of quads in every graph of the store, counted in a read. */
    long quads() {
        DatasetGraph dataset = registry.dataset();
        return Txn.calculateRead(
                dataset,
                () -> {
                    long count = 0;
                    for (Iterator<?> it = dataset.find(); it.hasNext(); it.next()) {
                        count++;
                    }
                    return count;
                });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // A file removed while walking (an old generation being deleted) takes no space.
            return 0;
        }
    }
}
