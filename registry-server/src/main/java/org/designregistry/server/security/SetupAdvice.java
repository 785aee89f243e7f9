package org.designregistry.server.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at startup, when no user or API token is configured, that nobody can change the registry and
 * how to configure someone who can. There is no default password.
 */
@Component
class SetupAdvice {

    private static final Logger log = LoggerFactory.getLogger(SetupAdvice.class);

    private final AccessProperties access;

    SetupAdvice(AccessProperties access) {
        this.access = access;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        advice().ifPresent(log::warn);
    }

    /** Returns the advice to log, or empty when someone is configured. */
    Optional<String> advice() {
        if (!access.users().isEmpty() || !access.tokens().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                "No users or API tokens are configured: reads are open, and every write is refused"
                        + " (401). To add an editor, run 'java -jar registry-server.jar"
                        + " hash-password --name NAME --roles editor' (or 'create-token --name"
                        + " NAME --roles editor' for a tool) and put the lines it prints in"
                        + " application.properties or the environment; see"
                        + " docs/configuration.md.");
    }
}
