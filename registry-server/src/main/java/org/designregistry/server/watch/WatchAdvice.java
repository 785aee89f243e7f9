package org.designregistry.server.watch;

import java.util.Set;
import org.designregistry.server.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the IRIs the signed-in person watches, as {@code watching} (empty for nobody),
 * so that a resource's page shows "Watch" or "Stop watching".
 */
@ControllerAdvice(annotations = Controller.class)
class WatchAdvice {

    private final ObjectProvider<WatchStore> store;

    /** The store is optional: a test slice of other pages runs without one. */
    WatchAdvice(ObjectProvider<WatchStore> store) {
        this.store = store;
    }

    @ModelAttribute("watching")
    Set<String> watching() {
        SignedInUser user = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
        WatchStore watches = store.getIfAvailable();
        if (!user.signedIn() || watches == null) {
            return Set.of();
        }
        return Set.copyOf(watches.of(user.name(), 0).watching());
    }
}
