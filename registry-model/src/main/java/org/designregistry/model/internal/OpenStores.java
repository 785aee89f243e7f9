package org.designregistry.model.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.designregistry.model.RegistryException;

/**
 * The store folders open in this JVM. TDB2 keeps one connection per folder for the JVM's life and
 * shares it between everyone who asks; two registries over one folder would close it under each
 * other, so a folder is open at most once, until its registry is closed.
 */
final class OpenStores {

    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private OpenStores() {}

    static void claim(Path folder) {
        if (!OPEN.add(folder)) {
            throw new RegistryException(
                    "The registry store "
                            + folder
                            + " is already open in this JVM: use that registry, or close it"
                            + " first");
        }
    }

    static void release(Path folder) {
        OPEN.remove(folder);
    }
}
