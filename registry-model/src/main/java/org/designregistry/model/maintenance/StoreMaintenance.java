package org.designregistry.model.maintenance;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.apache.jena.tdb2.DatabaseMgr;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;

/**
 * Keeps a registry's TDB2 store in shape while it is in use: measures it, compacts it and backs it
 * up, all online.
 *
 * <p>TDB2 never reuses the space a write frees, so a store grows with every write, deletes
 * included. {@link #compact()} copies the live data to a new generation of the store ({@code
 * Data-0002} after {@code Data-0001}), switches to it and deletes the old one; readers carry on,
 * and writers wait while the copy runs. {@link #backup(Path)} writes every graph to a dated N-Quads
 * file from one read transaction, while reads and writes go on; {@link #restore(Path, Path)} loads
 * such a file into an empty data folder.
 *
 * <pre>{@code
 * StoreMaintenance maintenance = StoreMaintenance.of(registry);
 * StoreMaintenance.Compaction done = maintenance.compact();   // 407 MB -> 21 MB, say
 * maintenance.backup(registry.location().get().resolve("backups"));
 * }</pre>
 */
public final class StoreMaintenance {

    /** The sub-folder of a data folder where backups go unless another folder is given. */
    public static final String BACKUP_FOLDER = "backups";

    private final Registry registry;
    private final StoreFolder store;
    private final Clock clock;

    private StoreMaintenance(Registry registry, Clock clock) {
        this.registry = registry;
        this.store = StoreFolder.of(registry);
        this.clock = clock;
    }

    /**
     * Returns the maintenance of a registry on disk.
     *
     * @throws RegistryException for a registry in memory, which has no store to compact
     */
    public static StoreMaintenance of(Registry registry) {
        Objects.requireNonNull(registry, "registry");
        return new StoreMaintenance(registry, Clock.systemUTC());
    }

    /** Returns the bytes the store folder takes on disk now. */
    public long bytesOnDisk() {
        return store.bytesOnDisk();
    }

    /**
     * Returns the number of quads in the store, the registry graph's triples and those of the named
     * graphs together; counting reads them all, in one read transaction.
     */
    public long quads() {
        return store.quads();
    }

    /**
     * Compacts the store online: copies the live data to a new generation, switches to it and
     * deletes the old one. Readers are not held up; writers wait until the copy is done. Only one
     * compaction runs at a time in a JVM.
     *
     * @return the sizes before and after
     * @throws RegistryException if called inside a transaction of the registry (the compaction
     *     would wait for it forever), or the copy fails; the store then stays as it was
     */
    public Compaction compact() {
        if (registry.dataset().isInTransaction()) {
            throw new RegistryException("Cannot compact the store inside one of its transactions");
        }
        long start = System.nanoTime();
        long before = store.bytesOnDisk();
        try {
            DatabaseMgr.compact(store.container(), true);
        } catch (RuntimeException e) {
            throw new RegistryException(
                    "Cannot compact the store " + store.folder() + ": " + e.getMessage(), e);
        }
        long after = store.bytesOnDisk();
        return new Compaction(
                store.folder(), before, after, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Writes every graph of the registry (the registry graph, and named graphs such as the history)
     * to a new gzipped N-Quads file in {@code folder}, named after the time in UTC ({@code
     * registry-2026-12-03T120455Z.nq.gz}), creating the folder if need be. The file holds exactly
     * the writes committed before the backup began, whatever is written meanwhile; it appears only
     * once complete. Prefixes are not kept (N-Quads has none); the search index is not copied,
     * since {@link #restore} rebuilds it.
     *
     * @throws RegistryException if the folder or file cannot be written; no file is left behind
     */
    public Backup backup(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return BackupWriter.write(registry, folder.toAbsolutePath().normalize(), clock);
    }

    /**
     * Restores a backup (or any RDF file, N-Quads or TriG keeping their named graphs) into {@code
     * dataFolder}, which must be absent or empty: loads it in one transaction, builds the search
     * index, validates the registry graph and closes the store again, ready to serve.
     *
     * @throws RegistryException if the folder holds anything, or the file cannot be read; then
     *     nothing is written beyond an empty store
     * @throws org.designregistry.model.RdfParseException if the file does not parse
     */
    public static Restore restore(Path backup, Path dataFolder) {
        return Restorer.restore(backup, dataFolder);
    }

    /**
     * What a compaction did.
     *
     * @param store the store folder
     * @param bytesBefore its size on disk before
     * @param bytesAfter its size on disk after
     * @param millis how long it took
     */
    public record Compaction(Path store, long bytesBefore, long bytesAfter, long millis) {}

    /**
     * What a backup wrote.
     *
     * @param file the backup file
     * @param quads the quads it holds, of every graph
     * @param bytes its size
     * @param millis how long it took
     */
    public record Backup(Path file, long quads, long bytes, long millis) {}

    /**
     * What a restore did.
     *
     * @param dataFolder the data folder restored into
     * @param quadsRead the quads read from the backup
     * @param registryTriples the triples of the registry graph after the restore
     * @param namedGraphs the number of named graphs restored
     * @param resourcesIndexed the resources the rebuilt search index holds
     * @param violations the validation violations of the restored registry graph; 0 when it
     *     conforms to the shapes
     */
    public record Restore(
            Path dataFolder,
            long quadsRead,
            long registryTriples,
            long namedGraphs,
            int resourcesIndexed,
            int violations) {

        /** Returns true when the restored registry conforms to the shapes. */
        public boolean conforms() {
            return violations == 0;
        }
    }
}
