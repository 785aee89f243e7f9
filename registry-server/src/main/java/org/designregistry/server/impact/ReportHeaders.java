package org.designregistry.server.impact;

import java.time.Instant;
import org.designregistry.model.Registry;
import org.designregistry.model.impact.ReportHeader;
import org.designregistry.server.security.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Makes the header block of a report asked for now: the time, the number of the latest change in
 * the registry's history (the data version the report reflects) and the signed-in user, or {@code
 * anonymous}.
 */
class ReportHeaders {

    private final Registry registry;

    ReportHeaders(Registry registry) {
        this.registry = registry;
    }

    /** Returns the header block for a report made now, for the current request's user. */
    ReportHeader now() {
        SignedInUser user = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
        return new ReportHeader(
                Instant.now(), registry.history().latest(), user.signedIn() ? user.name() : "");
    }
}
