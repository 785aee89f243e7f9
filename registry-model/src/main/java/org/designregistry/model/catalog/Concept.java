package org.designregistry.model.catalog;

import java.util.Objects;

/**
 * A concept of one of the registry's SKOS concept schemes, such as a status or an artefact type.
 *
 * @param iri the concept's IRI, or empty for {@link #NONE}
 * @param label its {@code skos:prefLabel}, else its local name
 */
public record Concept(String iri, String label) {

    /** The value read where the data lacks a concept the shapes require. */
    public static final Concept NONE = new Concept("", "");

    /** Checks that neither part is null. */
    public Concept {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
    }

    /** Returns true unless this is {@link #NONE}. */
    public boolean isPresent() {
        return !iri.isEmpty();
    }
}
