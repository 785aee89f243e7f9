package org.designregistry.server.linkeddata;

import java.util.Optional;
import org.designregistry.model.resource.Resources;
import org.springframework.stereotype.Component;

/**
 * Maps resource IRIs under {@code registry.base-iri} to their pages on this server and back: the
 * IRI {@code <base-iri>artefact/DES138} is served at {@code /id/artefact/DES138}.
 */
@Component
public class LocalUrls {

    /** The path under which this server serves resource IRIs. */
    public static final String ID_PATH = "/id/";

    private final String baseIri;

    LocalUrls(Resources resources) {
        this.baseIri = resources.baseIri();
    }

    /** Returns the server path of an IRI under the base, such as {@code /id/artefact/DES138}. */
    public Optional<String> path(String iri) {
        if (iri == null || !iri.startsWith(baseIri) || iri.length() == baseIri.length()) {
            return Optional.empty();
        }
        return Optional.of(ID_PATH + iri.substring(baseIri.length()));
    }

    /** Returns the IRI served at {@code /id/<kind>/<identifier>}. */
    public String iri(String kind, String identifier) {
        return baseIri + kind + "/" + identifier;
    }
}
