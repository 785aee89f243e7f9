package org.designregistry.server.system;

import org.designregistry.model.RegistryException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a registry that cannot be opened or loaded at startup into Spring Boot's short "application
 * failed to start" report instead of a stack trace.
 */
class RegistryFailureAnalyzer extends AbstractFailureAnalyzer<RegistryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RegistryException cause) {
        return new FailureAnalysis(
                "The registry could not be opened: " + cause.getMessage(),
                "Check registry.data (serve --data DIR): the folder must be writable and not in"
                        + " use by another registry process.",
                cause);
    }
}
