package org.designregistry.server.resource;

import java.util.List;
import java.util.Optional;
import org.designregistry.model.RegistryException;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.ResourceDraft;
import org.designregistry.model.resource.ResourceDraft.PropertyInput;

/**
 * The body of a create ({@code POST /api/resources}) or replace ({@code PUT /api/resources/{ref}}).
 *
 * @param kind the kind, such as {@code artefact}: required to create; to replace, if given, the
 *     resource's
 * @param identifier the {@code dcterms:identifier}: required to create; to replace, if given, the
 *     resource's
 * @param label the {@code rdfs:label}
 * @param properties values other than links: each a property with a literal {@code value} (and
 *     optional {@code datatype} or {@code language}) or an {@code iri}
 * @param links links to other resources: a relation and a target reference or IRI
 */
record ResourceRequest(
        String kind,
        String identifier,
        String label,
        List<PropertyRequest> properties,
        List<LinkRequest> links) {

    /**
     * A value of a property.
     *
     * @param property the property, such as {@code dcterms:title}
     * @param value the literal's text, or null for an IRI value
     * @param datatype the literal's datatype, such as {@code xsd:date}, or null
     * @param language the literal's language tag, or null
     * @param iri the IRI value, such as {@code drstatus:Draft}, or null for a literal
     */
    record PropertyRequest(
            String property, String value, String datatype, String language, String iri) {}

    /** Returns the model's draft for this body. */
    ResourceDraft toDraft() {
        Optional<Ref.Kind> parsedKind =
                kind == null || kind.isBlank()
                        ? Optional.empty()
                        : Optional.of(
                                Ref.Kind.fromName(kind)
                                        .orElseThrow(
                                                () ->
                                                        new RegistryException(
                                                                "Unknown kind '"
                                                                        + kind
                                                                        + "': see GET"
                                                                        + " /api/kinds")));
        return new ResourceDraft(
                parsedKind,
                Optional.ofNullable(identifier),
                label,
                properties == null
                        ? List.of()
                        : properties.stream()
                                .map(
                                        p ->
                                                new PropertyInput(
                                                        p.property(),
                                                        p.value(),
                                                        p.datatype(),
                                                        p.language(),
                                                        p.iri()))
                                .toList(),
                links == null ? List.of() : links.stream().map(LinkRequest::toInput).toList());
    }
}
