package org.designregistry.model.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.TermLimits;

/**
 * Opens TDB2 stores as registries: the plumbing behind {@link Registries}, which is the API. Both
 * kinds of store are TDB2 datasets, so transactions and isolation behave the same in tests and in
 * production.
 */
public final class RegistryStores {

    private RegistryStores() {}

    /**
     * Returns a registry over a new in-memory TDB2 dataset that stores terms up to {@code limits}.
     */
    public static Registry inMemory(TermLimits limits) {
        Objects.requireNonNull(limits, "limits");
        RegistryTerms terms = RegistryTerms.load();
        return withSearch(
                new TdbRegistry(DatabaseMgr.createDatasetGraph(), null, terms, limits, () -> {}));
    }

    /** The sub-folder of a data folder that holds the TDB2 store. */
    public static final String STORE_FOLDER = "store";

    /**
     * Returns a registry over the data folder {@code dir}, whose {@value #STORE_FOLDER} sub-folder
     * holds the TDB2 store, creating it if absent. Derived state such as indexes lives in other
     * sub-folders beside it. Writes with terms over {@code limits} are refused.
     *
     * @throws RegistryException if the folder is open already, locked, or not a registry's
     */
    public static Registry connect(Path dir, TermLimits limits) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(limits, "limits");
        Path folder = realFolder(dir.toAbsolutePath().normalize());
        Path storeFolder = folder.resolve(STORE_FOLDER);
        checkUsable(storeFolder);
        RegistryTerms terms = RegistryTerms.load();
        OpenStores.claim(folder);
        TdbRegistry registry;
        try {
            DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(storeFolder.toString());
            registry =
                    new TdbRegistry(
                            dataset, folder, terms, limits, () -> OpenStores.release(folder));
        } catch (RuntimeException e) {
            OpenStores.release(folder);
            throw new RegistryException(
                    "Cannot open the registry store " + folder + ": " + e.getMessage(), e);
        }
        return withSearch(registry);
    }

    /** Returns the registry with its search index attached, or closes it if that fails. */
    private static Registry withSearch(TdbRegistry registry) {
        try {
            registry.attachSearch();
            return registry;
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    /**
     * Returns the folder with links resolved, creating it if absent, so that two spellings of one
     * folder are recognised as the same store.
     */
    private static Path realFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RegistryException(
                    "Cannot open the registry data folder "
                            + folder
                            + ": it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new RegistryException(
                    "Cannot create the registry store " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a path that is a file, or a folder of other files: TDB2 would otherwise write its
     * store among them.
     */
    private static void checkUsable(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RegistryException(
                    "Cannot open the registry store " + folder + ": it is a file, not a folder");
        }
        if (Files.isDirectory(folder) && !isEmptyOrStore(folder)) {
            throw new RegistryException(
                    "Cannot open the registry store "
                            + folder
                            + ": the folder holds other files; give an empty or new folder, or"
                            + " one that holds a registry store");
        }
    }

    private static boolean isEmptyOrStore(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            boolean empty = true;
            for (Path entry : entries) {
                empty = false;
                String name = entry.getFileName().toString();
                if (name.equals("tdb.lock") || name.startsWith("Data-")) {
                    return true;
                }
            }
            return empty;
        } catch (IOException e) {
            throw new RegistryException("Cannot read the folder " + folder + ": " + e, e);
        }
    }
}
