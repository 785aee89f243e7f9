package org.designregistry.server.governance;

import java.util.Optional;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.Recommendation;
import org.designregistry.server.security.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** For approvers: the recommendations awaiting a body's decision, oldest first. */
@Component
@Order(10)
class DecisionsToTake implements MyWorkProvider {

    private final Governance governance;

    DecisionsToTake(Governance governance) {
        this.governance = governance;
    }

    @Override
    public Optional<Section> section(SignedInUser user) {
        if (!user.mayApprove()) {
            return Optional.empty();
        }
        return Optional.of(
                new Section(
                        "decisions-to-take",
                        "Recommendations to decide",
                        "Record the body's decision on each, at or after its meeting.",
                        governance.recommendations().stream()
                                .filter(Recommendation::open)
                                .map(
                                        r ->
                                                new Item(
                                                        r.ref().identifier()
                                                                + " "
                                                                + r.ref().label(),
                                                        LinkResponse.href(r.ref()),
                                                        "for the "
                                                                + r.body().label()
                                                                + r.meetingDate()
                                                                        .map(d -> ", meeting " + d)
                                                                        .orElse(
                                                                                ", no meeting yet")))
                                .toList()));
    }
}
