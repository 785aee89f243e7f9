package org.designregistry.server.governance;

import java.util.Optional;
import org.designregistry.model.governance.Condition;
import org.designregistry.model.governance.Governance;
import org.designregistry.server.security.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** For approvers: the conditions of decisions accepted subject to additional work, still open. */
@Component
@Order(20)
class ConditionsToTrack implements MyWorkProvider {

    private final Governance governance;

    ConditionsToTrack(Governance governance) {
        this.governance = governance;
    }

    @Override
    public Optional<Section> section(SignedInUser user) {
        if (!user.mayApprove()) {
            return Optional.empty();
        }
        return Optional.of(
                new Section(
                        "conditions-to-track",
                        "Conditions to track",
                        "Mark each met when the additional work is done.",
                        governance.conditions(null).stream()
                                .filter(c -> !c.met())
                                .map(ConditionsToTrack::item)
                                .toList()));
    }

    private static Item item(Condition c) {
        return new Item(
                c.ref().identifier() + " " + c.description(),
                LinkResponse.href(c.decision()),
                "condition of " + c.decision().identifier());
    }
}
