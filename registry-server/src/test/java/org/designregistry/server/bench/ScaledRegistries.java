package org.designregistry.server.bench;

import org.designregistry.model.Registry;

/**
 * Fills a registry with a design of the sample's shape at some multiple of its size. The benchmark
 * is written against this, so that a shared synthetic generator can replace {@link
 * ReplicatedSample} without touching it.
 */
@FunctionalInterface
interface ScaledRegistries {

    /** Adds a registry {@code scale} times the size of the MHHS sample to {@code registry}. */
    void populate(Registry registry, int scale);
}
