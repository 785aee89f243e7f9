package org.designregistry.model.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;

/**
 * What the registry says about one resource: its literal and concept values, and its links to and
 * from other resources, each labelled.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}, or empty text
 * @param label its label (see {@link ResourceRef#label()})
 * @param kind its kind: that of the nearest class, up from its types, that belongs to one
 * @param types its {@code rdf:type}s, by name
 * @param properties its values other than links, grouped by property, by property name
 * @param outgoing its links to other registry resources, grouped by relation
 * @param incoming the links of other resources to it, grouped by relation
 * @param version a hash of every triple it is the subject or object of, which changes whenever its
 *     description does: the tag to send back with an edit
 */
public record ResourceDescription(
        String iri,
        String identifier,
        String label,
        Optional<Ref.Kind> kind,
        List<Term> types,
        List<PropertyValues> properties,
        List<LinkGroup> outgoing,
        List<LinkGroup> incoming,
        String version) {

    /** Copies the lists. */
    public ResourceDescription {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        types = List.copyOf(types);
        properties = List.copyOf(properties);
        outgoing = List.copyOf(outgoing);
        incoming = List.copyOf(incoming);
    }

    /** Returns the reference that names it, such as {@code artefact:DES138}, if it has one. */
    public Optional<Ref> ref() {
        if (identifier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                kind.map(k -> Ref.of(k, identifier)).orElseGet(() -> Ref.of(identifier)));
    }

    /**
     * The values of one property.
     *
     * @param property the property
     * @param values its values, literals first, then IRIs, each by text
     */
    public record PropertyValues(Term property, List<Value> values) {

        /** Copies the list. */
        public PropertyValues {
            values = List.copyOf(values);
        }
    }

    /**
     * The resources linked by one relation.
     *
     * @param relation the relation, as stated in the data (for incoming links, as the other
     *     resource states it)
     * @param resources the linked resources, in {@link ResourceRef} order
     */
    public record LinkGroup(Term relation, List<Linked> resources) {

        /** Copies the list. */
        public LinkGroup {
            resources = List.copyOf(resources);
        }
    }

    /**
     * A linked resource.
     *
     * @param resource the resource: IRI, identifier, label and type IRI
     * @param type its type, labelled, or a term with empty parts when it has none
     */
    public record Linked(ResourceRef resource, Term type) {}
}
