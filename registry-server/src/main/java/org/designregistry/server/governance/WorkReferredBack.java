package org.designregistry.server.governance;

import java.util.Optional;
import org.designregistry.model.governance.Governance;
import org.designregistry.model.governance.Outcome;
import org.designregistry.server.security.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For editors: recommendations a body referred back for additional work, whose subjects are Draft
 * again and need rework before they are recommended anew.
 */
@Component
@Order(40)
class WorkReferredBack implements MyWorkProvider {

    private final Governance governance;

    WorkReferredBack(Governance governance) {
        this.governance = governance;
    }

    @Override
    public Optional<Section> section(SignedInUser user) {
        if (!user.mayEdit()) {
            return Optional.empty();
        }
        String referral = Outcome.REFER_FOR_WORK.concept().getURI();
        return Optional.of(
                new Section(
                        "referred-back",
                        "Referred back for more work",
                        "Rework the subjects, then recommend them again.",
                        governance.recommendations().stream()
                                .filter(
                                        r ->
                                                r.outcome()
                                                        .filter(o -> o.iri().equals(referral))
                                                        .isPresent())
                                .filter(
                                        r ->
                                                r.subjects().stream()
                                                        .anyMatch(
                                                                s ->
                                                                        s.status()
                                                                                .iri()
                                                                                .endsWith(
                                                                                        "/Draft")))
                                .map(
                                        r ->
                                                new Item(
                                                        r.ref().identifier()
                                                                + " "
                                                                + r.ref().label(),
                                                        LinkResponse.href(r.ref()),
                                                        "referred by "
                                                                + r.decision()
                                                                        .orElseThrow()
                                                                        .identifier()))
                                .toList()));
    }
}
