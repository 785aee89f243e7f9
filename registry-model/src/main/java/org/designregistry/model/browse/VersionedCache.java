package org.designregistry.model.browse;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Holds one value computed from the registry, and computes it again when the registry's version has
 * moved on. The version is read before the value is computed, so a write that lands in between
 * makes the next call compute again rather than serve a stale value.
 */
final class VersionedCache<T> {

    private final LongSupplier version;
    private final Supplier<T> compute;
    private long cachedVersion = -1;
    private T cached;

    VersionedCache(LongSupplier version, Supplier<T> compute) {
        this.version = version;
        this.compute = compute;
    }

    /** Returns the value for the current version; callers wait while another computes it. */
    synchronized T get() {
        long now = version.getAsLong();
        if (cached == null || cachedVersion != now) {
            cached = compute.get();
            cachedVersion = now;
        }
        return cached;
    }
}
