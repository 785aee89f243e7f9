package org.designregistry.model.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The facets search results are counted by and filtered on. Values are keys: a type, status or
 * phase by its IRI's local name ({@code Interface}, {@code Approved}, {@code LogicalDesign}), a
 * workstream by its identifier ({@code Registrations}), and illustrative as {@code true} or {@code
 * false}.
 */
public enum SearchFacet {
    /** The resource's classes: asserted, with their registry superclasses. */
    TYPE,
    /** The workstreams that own the resource ({@code dr:ownedBy}). */
    WORKSTREAM,
    /** The resource's status ({@code dr:status}). */
    STATUS,
    /** The phase of an artefact's type ({@code dr:artefactType} then {@code dr:phase}). */
    PHASE,
    /** Whether the resource is marked {@code dr:illustrative true}. */
    ILLUSTRATIVE;

    /** Returns the facet's name in queries and results: {@code type}, {@code workstream} ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the facet with this {@link #key()}, if there is one. */
    public static Optional<SearchFacet> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
