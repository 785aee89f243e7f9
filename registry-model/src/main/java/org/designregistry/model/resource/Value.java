package org.designregistry.model.resource;

import java.util.Objects;

/**
 * One value of a property: a literal, an IRI that is not a registry resource (such as a concept of
 * a scheme), or a blank node (shown as {@code _:label}).
 *
 * @param iri the IRI, or empty text for a literal
 * @param text the literal's lexical form, or the IRI's label
 * @param datatype the literal's datatype IRI, or empty text for an IRI or a language-tagged string
 * @param language the literal's language tag, or empty text
 */
public record Value(String iri, String text, String datatype, String language) {

    /** Checks that no part is null. */
    public Value {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(datatype, "datatype");
        Objects.requireNonNull(language, "language");
    }

    /**
     * Returns true for a blank node (a structured value without an IRI): it has no IRI, datatype or
     * language, which every IRI and literal has.
     */
    public boolean isBlankNode() {
        return iri.isEmpty() && datatype.isEmpty() && language.isEmpty();
    }

    /** Returns true when the value is an IRI rather than a literal. */
    public boolean isIri() {
        return !iri.isEmpty();
    }
}
