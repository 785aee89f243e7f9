package org.designregistry.server.governance;

import java.util.Optional;
import org.designregistry.model.governance.Concern;
import org.designregistry.model.governance.Governance;
import org.designregistry.server.security.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** For approvers: concerns raised with decisions, neither resolved nor escalated yet. */
@Component
@Order(30)
class ConcernsToSettle implements MyWorkProvider {

    private final Governance governance;

    ConcernsToSettle(Governance governance) {
        this.governance = governance;
    }

    @Override
    public Optional<Section> section(SignedInUser user) {
        if (!user.mayApprove()) {
            return Optional.empty();
        }
        return Optional.of(
                new Section(
                        "concerns-to-settle",
                        "Concerns to settle",
                        "Resolve each with the body that decided, or escalate it to the PSG.",
                        governance.concerns().stream()
                                .filter(Concern::open)
                                .map(
                                        c ->
                                                new Item(
                                                        c.ref().identifier()
                                                                + " "
                                                                + c.description(),
                                                        LinkResponse.href(c.ref()),
                                                        "raised by "
                                                                + c.constituency().label()
                                                                + " with "
                                                                + c.decision().identifier()))
                                .toList()));
    }
}
