package org.designregistry.server.resource;

import org.designregistry.model.catalog.Ref;

/**
 * A kind of resource and where the API lists it.
 *
 * @param kind the kind, as in references and IRIs, such as {@code data-item}
 * @param collection the path listing it, such as {@code /api/data-items}
 * @param classIri the IRI of its class
 */
record KindResponse(String kind, String collection, String classIri) {

    static KindResponse of(Ref.Kind kind) {
        return new KindResponse(kind.kindName(), "/api/" + Collections.of(kind), kind.classIri());
    }
}
