package org.designregistry.model.history;

import java.util.Objects;

/**
 * A node of a change, with the name people read for it.
 *
 * @param value the IRI, or the literal's lexical form
 * @param label the label of the IRI (from the current data and the terms), or the literal's text
 * @param iri true when the value is an IRI
 */
public record Labelled(String value, String label, boolean iri) {

    /** Checks that no part is null. */
    public Labelled {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
