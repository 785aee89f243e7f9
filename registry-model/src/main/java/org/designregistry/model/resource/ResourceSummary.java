package org.designregistry.model.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;

/**
 * One line of a resource list: what identifies a resource and what lists are filtered by.
 *
 * @param iri its IRI
 * @param identifier its {@code dcterms:identifier}, or empty text
 * @param label its label
 * @param kind its kind: that of the nearest class, up from its types, that belongs to one
 * @param type its main type: the one of its kind, else its first
 * @param status its {@code dr:status}, if any
 * @param artefactType its {@code dr:artefactType}, if any
 * @param phase the {@code dr:phase} of its artefact type, or its own, if any
 * @param owners the workstreams that own it ({@code dr:ownedBy} or {@code ^dr:ownerOf})
 */
public record ResourceSummary(
        String iri,
        String identifier,
        String label,
        Optional<Ref.Kind> kind,
        Term type,
        Optional<Term> status,
        Optional<Term> artefactType,
        Optional<Term> phase,
        List<ResourceRef> owners) {

    /** Copies the list. */
    public ResourceSummary {
        Objects.requireNonNull(iri, "iri");
        owners = List.copyOf(owners);
    }
}
