package org.designregistry.model.resource;

import java.util.Objects;

/**
 * A term a description uses: a property, class or concept, named for people and for machines.
 *
 * @param iri its IRI
 * @param name its prefixed name with the registry prefixes, such as {@code dr:dependsOn}, or the
 *     IRI when no prefix fits
 * @param label its {@code rdfs:label} or {@code skos:prefLabel}, else its local name
 */
public record Term(String iri, String name, String label) {

    /** Checks that no part is null. */
    public Term {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }
}
