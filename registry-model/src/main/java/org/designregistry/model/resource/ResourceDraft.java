package org.designregistry.model.resource;

import java.util.List;
import java.util.Optional;
import org.designregistry.model.catalog.Ref;

/**
 * What an editor states about a resource: its label, values and links. Names of properties,
 * relations and IRI values are prefixed names with the registry prefixes (such as {@code
 * dcterms:title} or {@code drstatus:Draft}) or full IRIs; link targets are references in the
 * grammar {@value org.designregistry.model.catalog.Ref#GRAMMAR} (such as {@code workstream:Smart})
 * or full IRIs of registry resources.
 *
 * <pre>{@code
 * new ResourceDraft(Optional.of(Ref.Kind.ARTEFACT), Optional.of("DES900"), "DES900 Test",
 *     List.of(PropertyInput.literal("dcterms:title", "Test"),
 *             PropertyInput.iri("dr:status", "drstatus:Draft")),
 *     List.of(new LinkInput("dr:ownedBy", "workstream:Smart")));
 * }</pre>
 *
 * @param kind the kind, which gives the resource's class and IRI; required to create, and if given
 *     to replace, it must be the resource's
 * @param identifier its {@code dcterms:identifier}; required to create, and if given to replace, it
 *     must be the resource's
 * @param label its {@code rdfs:label}; required
 * @param properties its values other than links
 * @param links its links to other registry resources
 */
public record ResourceDraft(
        Optional<Ref.Kind> kind,
        Optional<String> identifier,
        String label,
        List<PropertyInput> properties,
        List<LinkInput> links) {

    /** Copies the lists; a missing list is empty. */
    public ResourceDraft {
        kind = kind == null ? Optional.empty() : kind;
        identifier =
                identifier == null
                        ? Optional.empty()
                        : identifier.map(String::strip).filter(s -> !s.isEmpty());
        properties = properties == null ? List.of() : List.copyOf(properties);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /**
     * A value: a literal ({@code value}, with an optional {@code datatype} or {@code language}) or
     * an IRI ({@code iri}), exactly one of the two.
     *
     * @param property the property's prefixed name or IRI
     * @param value the literal's text, or null for an IRI value
     * @param datatype the literal's datatype (prefixed name or IRI), or null for a plain string
     * @param language the literal's language tag, or null
     * @param iri the value's prefixed name or IRI, or null for a literal
     */
    public record PropertyInput(
            String property, String value, String datatype, String language, String iri) {

        /** Returns a plain string value. */
        public static PropertyInput literal(String property, String value) {
            return new PropertyInput(property, value, null, null, null);
        }

        /** Returns an IRI value, such as a concept. */
        public static PropertyInput iri(String property, String iri) {
            return new PropertyInput(property, null, null, null, iri);
        }
    }

    /**
     * A link to another registry resource.
     *
     * @param relation the relation's prefixed name or IRI, such as {@code dr:dependsOn}
     * @param target the linked resource: a reference such as {@code artefact:BPM001}, or its IRI
     */
    public record LinkInput(String relation, String target) {}
}
