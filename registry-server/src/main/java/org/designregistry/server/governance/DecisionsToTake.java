package org.designregistry.server.governance;

import java.util.Optional;
import java.util.Set;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.Recommendation;
import org.designregistry.server.security.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For approvers: the recommendations awaiting a body's decision, oldest first. An approver who is a
 * member of governing bodies ({@code org:memberOf}) sees those awaiting one of their bodies, or
 * delegated to one; an approver who is a member of none sees every open recommendation, as someone
 * deciding for any body may.
 */
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
        Set<String> bodies = governance.bodiesOf(user.name());
        return Optional.of(
                new Section(
                        "decisions-to-take",
                        "Recommendations to decide",
                        "Record the body's decision on each, at or after its meeting.",
                        governance.recommendations().stream()
                                .filter(Recommendation::open)
                                .filter(r -> bodies.isEmpty() || awaits(r, bodies))
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

    /** Returns whether one of the bodies is to decide it: the body it went to, or a delegate. */
    private static boolean awaits(Recommendation recommendation, Set<String> bodies) {
        return bodies.contains(recommendation.body().iri())
                || recommendation.delegatedTo().stream().anyMatch(b -> bodies.contains(b.iri()));
    }
}
