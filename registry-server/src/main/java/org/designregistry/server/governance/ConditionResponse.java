package org.designregistry.server.governance;

import org.designregistry.model.governance.Condition;

/** A decision's condition in the API: what it asks for and when it was met, if it was. */
record ConditionResponse(
        LinkResponse condition, LinkResponse decision, String description, String metOn) {

    static ConditionResponse of(Condition c) {
        return new ConditionResponse(
                LinkResponse.of(c.ref()),
                LinkResponse.of(c.decision()),
                c.description(),
                c.metOn().map(Object::toString).orElse(null));
    }
}
