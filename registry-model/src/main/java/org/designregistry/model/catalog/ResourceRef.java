package org.designregistry.model.catalog;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A link to a registry resource, with what a person needs to recognise it.
 *
 * @param iri the resource's IRI, or empty for {@link #NONE}
 * @param identifier its {@code dcterms:identifier}, or empty when it has none
 * @param label its {@code rdfs:label}, else its title, else the local name of its IRI
 * @param typeIri its most specific {@code rdf:type}, or empty when it has none
 */
public record ResourceRef(String iri, String identifier, String label, String typeIri)
        implements Comparable<ResourceRef> {

    /** The value read where the data lacks a link the shapes require. */
    public static final ResourceRef NONE = new ResourceRef("", "", "", "");

    private static final Comparator<ResourceRef> ORDER =
            Comparator.comparing((ResourceRef r) -> r.identifier().isEmpty())
                    .thenComparing(ResourceRef::identifier)
                    .thenComparing(ResourceRef::label)
                    .thenComparing(ResourceRef::iri)
                    .thenComparing(ResourceRef::typeIri);

    /** Checks that no part is null. */
    public ResourceRef {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(typeIri, "typeIri");
    }

    /**
     * Returns its label without a leading identifier, as a list with a column of identifiers shows
     * it: {@code Design Assumptions and Decisions Log} for ADL001 labelled {@code ADL001 Design
     * Assumptions and Decisions Log}; the label itself when it does not start with the identifier
     * or nothing else would be left.
     */
    public String name() {
        if (identifier.isEmpty() || !label.startsWith(identifier)) {
            return label;
        }
        String rest = label.substring(identifier.length()).replaceFirst("^[\\s:\\-\u2013]+", "");
        return rest.isEmpty() || rest.length() == label.length() - identifier.length()
                ? label
                : rest;
    }

    /** Returns true unless this is {@link #NONE}. */
    public boolean isPresent() {
        return !iri.isEmpty();
    }

    /**
     * Returns the reference that resolves to this resource, such as {@code interface:IF-041}, or
     * empty when it has no identifier. The kind is left out when its type belongs to no kind.
     */
    public Optional<Ref> ref() {
        if (identifier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                Ref.Kind.ofClass(typeIri)
                        .map(kind -> Ref.of(kind, identifier))
                        .orElseGet(() -> Ref.of(identifier)));
    }

    /** Orders by identifier (those without one last), then label, then IRI. */
    @Override
    public int compareTo(ResourceRef other) {
        return ORDER.compare(this, other);
    }
}
