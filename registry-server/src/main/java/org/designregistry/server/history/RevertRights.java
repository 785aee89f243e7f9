package org.designregistry.server.history;

import java.util.List;
import java.util.Optional;
import org.designregistry.model.Registry;
import org.designregistry.model.history.ChangeReverts;
import org.designregistry.server.security.Role;
import org.designregistry.server.security.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may revert a change: an admin any change; an approver a change that touched decisions, since
 * approvers are the ones who record decisions (the security configuration lets only approvers and
 * admins ask at all). The revert is then checked like every write, decision rights included.
 */
final class RevertRights {

    private RevertRights() {}

    /**
     * Returns why the signed-in user may not revert change {@code number}, or empty if they may.
     *
     * @throws org.designregistry.model.resource.ResourceNotFoundException if there is no such
     *     change
     */
    static Optional<String> refusal(Registry registry, long number) {
        SignedInUser user = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
        if (user.role().filter(r -> r == Role.ADMIN).isPresent()) {
            return Optional.empty();
        }
        List<String> decisions = ChangeReverts.decisionsChanged(registry, number);
        if (!decisions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                "Reverting change "
                        + number
                        + " needs the admin role: approvers may revert only changes that touched"
                        + " decisions, and this one touched none");
    }
}
