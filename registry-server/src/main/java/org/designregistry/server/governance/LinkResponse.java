package org.designregistry.server.governance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.designregistry.model.catalog.ResourceRef;

/**
 * A link to a registry resource in a workflow reply: its identifier, label, IRI and page.
 *
 * @param identifier the resource's identifier
 * @param label its label
 * @param iri its IRI
 * @param href its page on this server
 */
record LinkResponse(String identifier, String label, String iri, String href) {

    static LinkResponse of(ResourceRef ref) {
        return new LinkResponse(ref.identifier(), ref.label(), ref.iri(), href(ref));
    }

    static Optional<LinkResponse> of(Optional<ResourceRef> ref) {
        return ref.map(LinkResponse::of);
    }

    /** Returns the page of a resource: a recommendation's own page, or the resource page. */
    static String href(ResourceRef ref) {
        if (ref.iri().contains("/recommendation/") && !ref.identifier().isEmpty()) {
            return "/recommendations/" + ref.identifier();
        }
        return "/resource?iri=" + URLEncoder.encode(ref.iri(), StandardCharsets.UTF_8);
    }
}
