package org.designregistry.server.resource;

import java.util.List;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.resource.ResourceDescription;
import org.designregistry.model.resource.ResourceDescription.LinkGroup;
import org.designregistry.model.resource.ResourceDescription.Linked;
import org.designregistry.model.resource.ResourceDescription.PropertyValues;
import org.designregistry.model.resource.Term;
import org.designregistry.model.resource.Value;
import org.designregistry.server.linkeddata.LocalUrls;

/**
 * One resource as the API shows it: its values with labels, and its links both ways grouped by
 * relation, with each linked resource's identifier, label and type.
 *
 * @param iri its IRI
 * @param ref its reference, such as {@code artefact:DES138}, or null when it has no identifier
 * @param identifier its identifier, or empty
 * @param label its label
 * @param kind its kind, such as {@code artefact}, or null
 * @param url its page on this server, such as {@code /id/artefact/DES138}, or null when its IRI is
 *     outside {@code registry.base-iri}
 * @param types its types
 * @param properties its values other than links, by property
 * @param outgoing its links to other resources, by relation
 * @param incoming the links of other resources to it, by relation
 * @param version the version to send back in {@code If-Match} (also the {@code ETag})
 */
record ResourceResponse(
        String iri,
        String ref,
        String identifier,
        String label,
        String kind,
        String url,
        List<TermResponse> types,
        List<PropertyResponse> properties,
        List<LinkGroupResponse> outgoing,
        List<LinkGroupResponse> incoming,
        String version) {

    /** A property, class or concept: its IRI, prefixed name and label. */
    record TermResponse(String iri, String name, String label) {
        static TermResponse of(Term term) {
            return new TermResponse(term.iri(), term.name(), term.label());
        }
    }

    /**
     * A value: a literal ({@code value} with {@code datatype} or {@code language}) or an {@code
     * iri} with its label in {@code value}.
     */
    record ValueResponse(String value, String iri, String datatype, String language) {
        static ValueResponse of(Value v) {
            return new ValueResponse(
                    v.text(),
                    blankToNull(v.iri()),
                    blankToNull(v.datatype()),
                    blankToNull(v.language()));
        }
    }

    /** The values of one property. */
    record PropertyResponse(TermResponse property, List<ValueResponse> values) {
        static PropertyResponse of(PropertyValues p) {
            return new PropertyResponse(
                    TermResponse.of(p.property()),
                    p.values().stream().map(ValueResponse::of).toList());
        }
    }

    /** A linked resource. */
    record LinkedResponse(
            String iri,
            String ref,
            String identifier,
            String label,
            TermResponse type,
            String url) {
        static LinkedResponse of(Linked l, LocalUrls urls) {
            return new LinkedResponse(
                    l.resource().iri(),
                    l.resource().ref().map(Ref::toString).orElse(null),
                    l.resource().identifier(),
                    l.resource().label(),
                    l.type().iri().isEmpty() ? null : TermResponse.of(l.type()),
                    urls.path(l.resource().iri()).orElse(null));
        }
    }

    /** The resources linked by one relation. */
    record LinkGroupResponse(TermResponse relation, List<LinkedResponse> resources) {
        static LinkGroupResponse of(LinkGroup g, LocalUrls urls) {
            return new LinkGroupResponse(
                    TermResponse.of(g.relation()),
                    g.resources().stream().map(l -> LinkedResponse.of(l, urls)).toList());
        }
    }

    static ResourceResponse of(ResourceDescription d, LocalUrls urls) {
        return new ResourceResponse(
                d.iri(),
                d.ref().map(Ref::toString).orElse(null),
                d.identifier(),
                d.label(),
                d.kind().map(Ref.Kind::kindName).orElse(null),
                urls.path(d.iri()).orElse(null),
                d.types().stream().map(TermResponse::of).toList(),
                d.properties().stream().map(PropertyResponse::of).toList(),
                d.outgoing().stream().map(g -> LinkGroupResponse.of(g, urls)).toList(),
                d.incoming().stream().map(g -> LinkGroupResponse.of(g, urls)).toList(),
                d.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
