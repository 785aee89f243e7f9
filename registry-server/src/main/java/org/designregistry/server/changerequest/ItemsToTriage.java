package org.designregistry.server.changerequest;

import java.util.Optional;
import java.util.Set;
import org.designregistry.model.changerequest.AwaitingItem;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.server.governance.MyWorkProvider;
import org.designregistry.server.security.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the parties a signed-in person answers for (the groups they are a member of, and any {@code
 * registry.change-requests.answerers} adds): the impacted items of open change requests that nobody
 * has triaged yet, on the "My work" page.
 */
@Component
@Order(5)
class ItemsToTriage implements MyWorkProvider {

    private final ChangeRequests changeRequests;
    private final Answerers answerers;

    ItemsToTriage(ChangeRequests changeRequests, Answerers answerers) {
        this.changeRequests = changeRequests;
        this.answerers = answerers;
    }

    @Override
    public Optional<Section> section(SignedInUser user) {
        if (!user.signedIn()) {
            return Optional.empty();
        }
        Set<String> parties = answerers.partiesOf(user.name());
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Section(
                        "items-to-triage",
                        "Change request items to triage",
                        "Mark each impacted, not impacted or needing analysis, with a comment.",
                        changeRequests.awaiting(parties).stream()
                                .map(ItemsToTriage::item)
                                .toList()));
    }

    private static Item item(AwaitingItem awaiting) {
        return new Item(
                awaiting.changeRequest() + ": " + awaiting.item().resource().name(),
                ChangeRequestPaths.page(awaiting.changeRequest()),
                awaiting.deadline().map(d -> "answer by " + d).orElse("no deadline set")
                        + " ("
                        + awaiting.title()
                        + ")");
    }
}
