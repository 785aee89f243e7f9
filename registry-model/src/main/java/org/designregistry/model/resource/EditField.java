package org.designregistry.model.resource;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One field of a resource's edit form, read from a SHACL property shape that applies to the
 * resource: the property it sets, what the shape calls it and says of it, how many values it takes,
 * and what kind of value.
 *
 * @param property the property the field sets: the shape's path, or the first (forward) path of an
 *     alternative path such as {@code dr:ownedBy|^dr:ownerOf}
 * @param name the shape's {@code sh:name}, such as "artefact type", else the property's label
 * @param description the shape's {@code sh:description}, or empty text
 * @param shapes the IRIs of the property shapes the field comes from, to place their violations
 *     beside it; several shapes may constrain one property
 * @param minCount the fewest values the shapes allow, 0 when optional
 * @param maxCount the most values the shapes allow, empty when unbounded
 * @param kind the kind of value
 * @param datatype for literal kinds, the datatype IRI the shapes require, or empty text for any
 *     plain string; empty text for concepts and links
 * @param choices for {@link Kind#CONCEPT}, the concepts of the scheme the shapes require, by
 *     notation then label; empty otherwise
 * @param targetClasses for {@link Kind#LINK}, the classes a linked resource may have; empty
 *     otherwise
 */
public record EditField(
        Term property,
        String name,
        String description,
        List<String> shapes,
        int minCount,
        OptionalInt maxCount,
        Kind kind,
        String datatype,
        List<Term> choices,
        List<Term> targetClasses) {

    /** Checks the parts and copies the lists. */
    public EditField {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(maxCount, "maxCount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(datatype, "datatype");
        shapes = List.copyOf(shapes);
        choices = List.copyOf(choices);
        targetClasses = List.copyOf(targetClasses);
    }

    /** Returns true when the shapes need at least one value. */
    public boolean required() {
        return minCount > 0;
    }

    /** Returns true when the shapes allow more than one value. */
    public boolean repeatable() {
        return maxCount.isEmpty() || maxCount.getAsInt() > 1;
    }

    /** What a field's values are, which decides how a form asks for them. */
    public enum Kind {
        /** Text: a plain string, or a literal of {@link EditField#datatype()}. */
        TEXT,
        /** An {@code xsd:date}. */
        DATE,
        /** An {@code xsd:boolean}: true or false. */
        BOOLEAN,
        /** A concept of one concept scheme, chosen from {@link EditField#choices()}. */
        CONCEPT,
        /** A link to another registry resource of one of {@link EditField#targetClasses()}. */
        LINK
    }
}
