package org.designregistry.model.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.designregistry.model.LoadResult;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;

/** Loads a backup into an empty data folder, indexes and validates it. */
final class Restorer {

    private Restorer() {}

    static StoreMaintenance.Restore restore(Path backup, Path dataFolder) {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new RegistryException(
                    backup + ": " + (Files.exists(backup) ? "not a file" : "no such file"));
        }
        // Checked before anything is opened, so that a backup never mixes with a registry.
        requireEmpty(folder);
        RdfSource source = RdfSource.file(backup);
        try {
            return restoreInto(source, folder);
        } catch (RuntimeException e) {
            // The folder was empty: leave it so, and a corrected retry can use it.
            clear(folder);
            throw e;
        }
    }

    private static StoreMaintenance.Restore restoreInto(RdfSource source, Path folder) {
        try (Registry registry = Registries.connect(folder)) {
            LoadResult loaded = registry.loadSources(List.of(source));
            int indexed = registry.search().rebuild();
            long graphs =
                    Txn.calculateRead(
                            registry.dataset(),
                            () -> Iter.count(registry.dataset().listGraphNodes()));
            int violations = registry.validate().violations().size();
            return new StoreMaintenance.Restore(
                    registry.location().orElse(folder),
                    loaded.triplesRead(),
                    loaded.sizeAfter(),
                    graphs,
                    indexed,
                    violations);
        }
    }

    private static void clear(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The restore's own failure is the one to report; the folder says what was left.
        }
    }

    private static void requireEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new RegistryException(
                    "Cannot restore into " + folder + ": it is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new RegistryException(
                        "Cannot restore into "
                                + folder
                                + ": the folder is not empty; give a new or empty folder, so that"
                                + " nothing is mixed with or lost from a registry there");
            }
        } catch (IOException e) {
            throw new RegistryException("Cannot read the folder " + folder + ": " + e, e);
        }
    }
}
