package org.designregistry.model;

import java.nio.file.Path;
import org.designregistry.model.internal.RegistryStores;

/**
 * Opens registries, like Jena's {@code TDB2Factory}: in memory for tests and tools, or in a TDB2
 * store folder on disk.
 *
 * <p>Both kinds are TDB2 datasets and behave alike: transactions, snapshot isolation for readers
 * while one writer writes, and all-or-nothing loads. A store folder can be open once at a time in a
 * JVM (and TDB2 locks it against other processes); close the registry to open the folder again.
 */
public final class Registries {

    private Registries() {}

    /** Returns a new, empty registry held in memory. */
    public static Registry createInMemory() {
        return createInMemory(TermLimits.DEFAULTS);
    }

    /** Returns a new, empty registry held in memory that stores terms up to {@code limits}. */
    public static Registry createInMemory(TermLimits limits) {
        return RegistryStores.inMemory(limits);
    }

    /**
     * Returns the registry stored in the folder {@code dir}, creating an empty store there if the
     * folder is absent or empty.
     *
     * @throws RegistryException if the folder is already open in this JVM, is locked by another
     *     process, or holds files that are not a registry store
     */
    public static Registry connect(Path dir) {
        return connect(dir, TermLimits.DEFAULTS);
    }

    /**
     * Returns the registry stored in the folder {@code dir}, as {@link #connect(Path)} does, whose
     * writes are refused when a term is over {@code limits}.
     *
     * @throws RegistryException if the folder is already open in this JVM, is locked by another
     *     process, or holds files that are not a registry store
     */
    public static Registry connect(Path dir, TermLimits limits) {
        return RegistryStores.connect(dir, limits);
    }
}
