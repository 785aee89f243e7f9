package org.designregistry.server.governance;

import org.designregistry.model.governance.Concern;

/** A concern in the API: the decision it challenges, who voiced it, and how it was settled. */
record ConcernResponse(
        LinkResponse concern,
        LinkResponse decision,
        LinkResponse constituency,
        String description,
        String raised,
        boolean open,
        LinkResponse resolvedBy,
        LinkResponse escalatedTo,
        String resolution,
        String settledOn) {

    static ConcernResponse of(Concern c) {
        return new ConcernResponse(
                LinkResponse.of(c.ref()),
                LinkResponse.of(c.decision()),
                LinkResponse.of(c.constituency()),
                c.description(),
                c.raised().map(Object::toString).orElse(null),
                c.open(),
                LinkResponse.of(c.resolvedBy()).orElse(null),
                LinkResponse.of(c.escalatedTo()).orElse(null),
                c.resolution(),
                c.settledOn().map(Object::toString).orElse(null));
    }
}
